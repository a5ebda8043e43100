/**
 * The text of an HTML fragment: tags removed, entities left as written. A
 * scanner rather than a regular expression: one pass, linear on any input.
 */
export function htmlText(html: string, tagSeparator = ''): string {
  let text = '';
  let inTag = false;
  for (const char of html) {
    if (char === '<') inTag = true;
    else if (char === '>' && inTag) {
      inTag = false;
      text += tagSeparator;
    } else if (!inTag) text += char;
  }
  return text;
}
