/**
 * /search/?q=…: runs the query the header's search box sent, once Pagefind's
 * Component UI is ready, by typing it into the search input as a reader
 * would. Everything else is Pagefind's.
 */
const query = new URLSearchParams(window.location.search).get('q')?.trim();
if (query) {
  void customElements.whenDefined('pagefind-input').then(() => {
    const tryFill = (attempt: number) => {
      const input = document.querySelector<HTMLInputElement>('pagefind-input input');
      if (input === null) {
        if (attempt < 50) window.setTimeout(() => tryFill(attempt + 1), 20);
        return;
      }
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    tryFill(0);
  });
}
