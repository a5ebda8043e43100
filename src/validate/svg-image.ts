/**
 * What the content gate refuses in an SVG image for a paper. Shown with
 * <img> an SVG cannot run scripts or load anything, but opened on its own it
 * can; and text drawn in it is text the transparency check never reads.
 * Substring searches and one pass over the text: linear on any input.
 */

const moneyInText = /[$€£¥]\s?\d|\d\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|cents?)\b/;

/** The text between an SVG's tags: everything outside `<…>`, in one pass. */
function svgText(svg: string): string {
  let out = '';
  let inTag = false;
  for (const char of svg) {
    if (char === '<') inTag = true;
    else if (char === '>') {
      inTag = false;
      out += ' ';
    } else if (!inTag) out += char;
  }
  return out;
}

/**
 * Why an SVG image is refused, or undefined. Shown with <img> an SVG cannot
 * run scripts or load anything, but opened on its own it can: so no script,
 * no event handler, no foreign object, no reference to another address, and
 * no money amount in its text. Plain substring searches: linear on any input.
 */
export function svgProblem(svg: string): string | undefined {
  const text = svg.toLowerCase().replace(/\s/g, ' ');
  if (text.includes('<script')) return 'This SVG contains a <script>; images must not run code. Remove it.';
  if (text.includes('<foreignobject'))
    return 'This SVG contains a <foreignObject>, which can embed a web page; draw with SVG shapes and text only.';
  for (const marker of ['http:', 'https:', '//', 'javascript:', 'data:']) {
    for (const attribute of ['href="', "href='", 'src="', "src='"]) {
      if (text.includes(attribute + marker))
        return `This SVG refers to "${marker}…"; an image may refer only to parts of itself (href="#id").`;
    }
  }
  // A price drawn in an image is one the transparency check cannot read.
  // Only the text between tags counts (attributes hold coordinates).
  if (moneyInText.test(svgText(text)))
    return 'This SVG shows a money amount. Prices belong in the text, written with <Price> or <Fee>, where the check can see them; draw the image without them.';
  let at = text.indexOf(' on');
  while (at !== -1) {
    let end = at + 3;
    while (end < text.length && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end += 1;
    const letters = end - at - 3;
    while (text[end] === ' ') end += 1;
    if (letters > 0 && text[end] === '=')
      return 'This SVG has an event handler attribute (on…=); images must not run code. Remove it.';
    at = text.indexOf(' on', at + 1);
  }
  return undefined;
}
