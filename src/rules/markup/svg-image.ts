import { htmlText } from '../../domain/html-text.ts';
import { normalizeText } from '../../domain/text/normalize.ts';
import { tokenize } from '../../domain/text/tokens.ts';
import { defineContentRule } from '../rule.ts';

/**
 * Why an SVG image is refused, or undefined. Shown with <img> an SVG cannot
 * run scripts or load anything, but opened on its own it can: so no script,
 * no event handler, no foreign object, no reference to another address, and
 * no money amount in its text. Plain substring searches: linear on any input.
 */
function svgProblem(svg: string): string | undefined {
  const text = svg.toLowerCase().replace(/\s/g, ' ');
  if (!text.includes('<svg'))
    return 'This file is not an SVG image: it has no <svg> element. Save the image as SVG, or use another format.';
  if (text.includes('<script')) return 'This SVG contains a <script>; images must not run code. Remove it.';
  if (text.includes('<foreignobject'))
    return 'This SVG contains a <foreignObject>, which can embed a web page; draw with SVG shapes and text only.';
  for (const marker of ['http:', 'https:', '//', 'javascript:', 'data:']) {
    for (const attribute of ['href="', "href='", 'src="', "src='"]) {
      if (text.includes(attribute + marker))
        return `This SVG refers to "${marker}…"; an image may refer only to parts of itself (href="#id").`;
    }
  }
  // A price drawn in an image is one the prose rules cannot read. Only the
  // text between tags counts (attributes hold coordinates), read as the prose rules read money.
  if (tokenize(normalizeText(htmlText(svg, ' ')).text).some((token) => token.kind === 'money'))
    return (
      'This SVG shows a money amount. Prices belong in the text, written with <Price> or <Fee> (in an .mdx paper), ' +
      'where the check can see them; draw the image without them.'
    );
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

export default defineContentRule({
  meta: {
    id: 'markup/svg-image',
    severity: 'error',
    description:
      'An SVG image draws shapes and text only: no script, event handler, embedded page, address elsewhere, or price.',
    rationale:
      'Shown with <img> an SVG cannot run code, but opened on its own it can; ' +
      'and a price drawn in an image is one the check cannot read.',
    source: 'Plainsight: content never runs code (OWASP XSS Prevention Cheat Sheet; SVG 2, scripting)',
    suppressible: false,
    messages: { found: '{{problem}}' },
    examples: { bad: '<svg><script>track()</script></svg>', good: '<svg><rect width="10" height="10"/></svg>' },
  },
  create(context) {
    return {
      file(file) {
        // A paper's figures and the brand's logo are both shown as images from the site.
        const isImage = file.kind === 'paper-image' || file.kind === 'brand-image';
        if (!isImage || !file.name.endsWith('.svg') || file.text === undefined) return;
        const problem = svgProblem(file.text);
        const url = file.layout?.docs;
        if (problem) context.report({ messageId: 'found', data: { problem }, ...(url ? { url } : {}) });
      },
    };
  },
});
