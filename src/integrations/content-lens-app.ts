/**
 * The content check's lens: a dev toolbar app, loaded only by `astro dev`,
 * that lists the problems of the content file the page shows (named by
 * `data-plainsight-source` on <main>, see Base.astro) and marks each flagged
 * text where it renders. The server sends a new report after every check
 * (content-check.ts), so the list and the marks follow each save.
 *
 * Marks use the CSS Custom Highlight API, which paints text ranges without
 * changing the page's DOM: what the editor sees is still the page as built.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { lensEvents, type LensProblem, type LensReport } from './content-lens.ts';

const openKey = 'plainsight-lens-open';
const highlightNames = { error: 'plainsight-lens-error', warning: 'plainsight-lens-warning' } as const;

/** Page styles for the marks: ::highlight() applies only from the document's own style sheets. */
const pageStyle = `
::highlight(${highlightNames.error}) {
  background-color: #ffe0e0; color: #3b0000;
  text-decoration: underline wavy #b00020; text-decoration-thickness: 2px;
}
::highlight(${highlightNames.warning}) {
  background-color: #fff1c2; color: #2e2400;
  text-decoration: underline dashed #7a5200; text-decoration-thickness: 2px;
}`;

/** The app's own styles, inside its canvas; colours keep 4.5:1 on the toolbar's dark window. */
const canvasStyle = `
astro-dev-toolbar-window { max-height: min(480px, 70vh); overflow: auto; }
h2 { margin: 0 0 8px; font-size: 18px; color: #fff; }
p { margin: 0 0 8px; }
ol { margin: 0; padding: 0 0 0 20px; }
li { margin: 0 0 10px; line-height: 1.4; }
a { color: #c6ccff; }
a:focus-visible, button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
.severity { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.severity.error { color: #ffb3c0; }
.severity.warning { color: #ffd98a; }
code { font-family: ui-monospace, monospace; color: #fff; }
button {
  margin-left: 4px; padding: 2px 8px; font: inherit; font-size: 13px; color: #fff;
  background: #2b2f38; border: 1px solid #6b7080; border-radius: 4px; cursor: pointer;
}
.missing { font-style: italic; }
[role="tooltip"] {
  position: fixed; z-index: 2000000020; max-width: min(420px, 90vw); padding: 6px 10px;
  font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #13151a;
  border: 1px solid #6b7080; border-radius: 6px; pointer-events: none;
}
[role="tooltip"][hidden] { display: none; }`;

/** A flagged text found in the page. */
interface Mark {
  problem: LensProblem;
  range: Range;
}

export default defineToolbarApp({
  init(canvas, app, server) {
    const sources = new Set(
      [...document.querySelectorAll<HTMLElement>('[data-plainsight-source]')].flatMap((element) =>
        element.dataset['plainsightSource'] ? [element.dataset['plainsightSource']] : [],
      ),
    );
    let report: LensReport | undefined;
    let active = false;
    let marks: Mark[] = [];

    const style = document.createElement('style');
    style.textContent = canvasStyle;
    const panel = document.createElement('astro-dev-toolbar-window');
    // The summary stays one element, so that screen readers announce each new report in it.
    const summary = element('p');
    summary.setAttribute('role', 'status');
    const list = element('ol');
    panel.append(element('h2', 'Content check'), summary, list);
    const tooltip = document.createElement('div');
    tooltip.setAttribute('role', 'tooltip');
    tooltip.id = 'plainsight-lens-tooltip';
    tooltip.hidden = true;
    canvas.append(style, panel, tooltip);
    const pageStyles = document.createElement('style');
    pageStyles.textContent = pageStyle;
    document.head.append(pageStyles);

    // The mark whose rule and message show, and whether the keyboard chose it (then the pointer leaves it be).
    let shown: { mark: Mark; pinned: boolean } | undefined;
    const place = () => {
      if (shown === undefined) return void (tooltip.hidden = true);
      const rect = shown.mark.range.getBoundingClientRect();
      const { ruleId, severity, message } = shown.mark.problem;
      tooltip.textContent = `${ruleId} (${severity}): ${message}`;
      tooltip.hidden = false;
      tooltip.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - 430))}px`;
      tooltip.style.top = `${rect.bottom + 6}px`;
    };
    /** Scrolls a mark into view and shows its rule and message beside it, until the focus moves on. */
    const showMark = (mark: Mark | undefined) => {
      shown = mark === undefined ? undefined : { mark, pinned: true };
      mark?.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      place();
    };
    // Hovering a mark shows its rule and message: highlights are painted, not elements, so the pointer is
    // compared with the marks' boxes.
    document.addEventListener('mousemove', (event) => {
      if (!active || shown?.pinned === true) return;
      const { clientX: x, clientY: y } = event;
      const hovered = marks.find((mark) =>
        [...mark.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
      );
      shown = hovered === undefined ? undefined : { mark: hovered, pinned: false };
      place();
    });
    document.addEventListener('scroll', place, { passive: true });

    const render = () => {
      const problems = report?.problems.filter((problem) => sources.has(problem.file)) ?? [];
      marks = active ? findMarks(problems) : [];
      shown = undefined;
      place();
      paint(marks);
      summary.textContent = summaryOf(problems, report, sources);
      list.replaceChildren(...problems.map((problem) => problemItem(problem, active ? marks : undefined, showMark)));
      list.hidden = problems.length === 0;
      const level = problems.some((p) => p.severity === 'error') ? 'error' : 'warning';
      app.toggleNotification(problems.length > 0 ? { state: true, level } : { state: false });
    };

    // Astro reloads the page when content changes: an editor who opened the lens keeps it open across saves.
    app.onToggled(({ state }) => {
      active = state;
      sessionStorage.setItem(openKey, String(state));
      shown = undefined;
      render();
    });
    if (sessionStorage.getItem(openKey) === 'true') app.toggleState({ state: true });
    server.on<LensReport>(lensEvents.report, (next) => {
      report = next;
      render();
    });
    server.send(lensEvents.hello, {});
    render();
  },
});

/** What the lens checked and how many problems it found. */
function summaryOf(problems: readonly LensProblem[], report: LensReport | undefined, sources: ReadonlySet<string>) {
  const files = [...sources].join(', ');
  const found =
    sources.size === 0
      ? 'This page shows no single content file. Open a policy, paper, plan, incident or maintenance page.'
      : report === undefined
        ? `Waiting for the check of ${files}…`
        : problems.length === 0
          ? `No problems in ${files}.`
          : `${count(problems.length, 'problem')} in ${files}.`;
  return report?.checking === true ? `${found} Checking again…` : found;
}

/** One problem in the list: its rule (a link to its documentation), severity, place and message. */
function problemItem(
  problem: LensProblem,
  marks: readonly Mark[] | undefined,
  showMark: (mark: Mark | undefined) => void,
): HTMLLIElement {
  const item = element('li');
  const rule = problem.url?.startsWith('/') ? element('a', problem.ruleId) : element('code', problem.ruleId);
  if (rule instanceof HTMLAnchorElement && problem.url !== undefined) rule.href = problem.url;
  const severity = element('span', problem.severity);
  severity.className = `severity ${problem.severity}`;
  const field = problem.field === '' ? '' : `, ${problem.field}`;
  item.append(rule, ' ', severity, ` · line ${problem.line}, column ${problem.column}${field}: ${problem.message}`);
  const mark = marks?.find((m) => m.problem === problem);
  if (mark !== undefined) {
    const show = element('button', 'Show in page');
    show.type = 'button';
    show.setAttribute('aria-describedby', 'plainsight-lens-tooltip');
    // Focus shows the mark, so the keyboard walks the problems through the page; leaving hides it.
    show.addEventListener('focus', () => showMark(mark));
    show.addEventListener('click', () => showMark(mark));
    show.addEventListener('blur', () => showMark(undefined));
    item.append(' ', show);
  } else if (marks !== undefined) {
    const missing = element('span', ' (not found in the page as written)');
    missing.className = 'missing';
    item.append(missing);
  }
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Paints the marks, errors and warnings apart. */
function paint(marks: readonly Mark[]): void {
  for (const severity of ['error', 'warning'] as const) {
    const ranges = marks.filter((m) => m.problem.severity === severity).map((m) => m.range);
    if (ranges.length > 0) CSS.highlights.set(highlightNames[severity], new Highlight(...ranges));
    else CSS.highlights.delete(highlightNames[severity]);
  }
}

/** Finds each problem's text in the page's main content (or, failing that, its whole body). */
function findMarks(problems: readonly LensProblem[]): Mark[] {
  const scopes = [document.querySelector('main'), document.body].flatMap((scope) => (scope ? [textOf(scope)] : []));
  return problems.flatMap((problem) => {
    const needle = normalize(problem.text).trim();
    if (needle === '') return [];
    for (const scope of scopes) {
      const index = scope.text.indexOf(needle);
      const start = scope.at[index];
      const end = scope.at[index + needle.length - 1];
      if (index < 0 || start === undefined || end === undefined) continue;
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset + 1);
      return [{ problem, range }];
    }
    return [];
  });
}

/**
 * The text a reader sees in `root`, with spaces collapsed and typographic
 * quotes made plain, and where each of its characters is in the DOM.
 */
function textOf(root: Element): { text: string; at: Array<{ node: Text; offset: number }> } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  const at: Array<{ node: Text; offset: number }> = [];
  let space = true;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!(node instanceof Text) || node.parentElement?.closest('script, style, template, [hidden]')) continue;
    const chars = normalize(node.data);
    for (let offset = 0; offset < chars.length; offset += 1) {
      const char = chars[offset] ?? '';
      const blank = char === ' ';
      if (blank && space) continue;
      space = blank;
      text += char;
      at.push({ node, offset });
    }
  }
  return { text, at };
}

/** Same length as its input: each character maps to one, so offsets stay valid. */
function normalize(text: string): string {
  return text.replace(/\s/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}
