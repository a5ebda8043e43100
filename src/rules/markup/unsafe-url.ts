import { isUnsafeUrl, urlScheme, writtenAttributes } from '../markup.ts';
import { defineRule } from '../rule.ts';

/**
 * Attributes whose value a browser reads as an address (WHATWG HTML's URL
 * attributes, plus SVG's). Only these: a caption that begins "Data:" is text.
 */
const urlAttributes = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'xlink:href',
  'data',
  'codebase',
  'longdesc',
  'manifest',
  'ping',
  'usemap',
  'lowsrc',
  'dynsrc',
  'icon',
]);

export default defineRule({
  meta: {
    id: 'markup/unsafe-url',
    severity: 'error',
    description:
      'Links and images point at web addresses, never at javascript:, data:, vbscript:, file: or blob: addresses.',
    rationale:
      'A javascript: link runs a program when a reader follows it, ' +
      'and a data: address carries a whole document or image that no one reviews as content.',
    source: 'Plainsight: content never runs code (OWASP XSS Prevention Cheat Sheet, rule 5; WHATWG URL)',
    suppressible: false,
    messages: {
      found:
        'An address starting with "{{scheme}}:" is not allowed in content. Link to a page (https://… or /…), and put images in content/papers/images/.',
    },
    examples: { bad: '[Cancel online](javascript:void(0))', good: '[Cancel online](/policies/cancellation/)' },
  },
  create(context) {
    const check = (url: string, range: { start: number; end: number }) => {
      if (isUnsafeUrl(url)) context.report({ range, messageId: 'found', data: { scheme: urlScheme(url) ?? '' } });
    };
    return {
      document(document) {
        for (const link of document.links) check(link.url, link);
        for (const attribute of writtenAttributes(document)) {
          if (attribute.value !== undefined && urlAttributes.has(attribute.name.toLowerCase()))
            check(attribute.value, attribute.range);
        }
      },
    };
  },
});
