/**
 * What content may write besides prose, as pure functions for the markup
 * rules: which elements, which attribute values, which addresses. Content
 * uses Plainsight's components and Markdown; it never runs code, at build
 * or in a reader's browser.
 */
import { mdxComponentNames } from '../schemas/mdx-components.ts';
import type { JsxElement, ProseDocument } from '../reader/prose-document.ts';

/**
 * HTML elements content may write, all of them inert phrasing or grouping
 * elements. Anything else is refused: an allow-list cannot miss a new way to
 * run code the way a deny-list can. `small` is left out on purpose (it is
 * fine print by name), and so are `details` and `summary`, which fold text
 * away from a reader.
 */
export const allowedHtmlElements: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  's',
  'samp',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** Elements refused with a reason of their own, because editors may not know what they do. */
export const dangerousElements: ReadonlyMap<string, string> = new Map([
  ['script', "runs a program in every reader's browser"],
  ['iframe', 'shows another site inside the page'],
  ['frame', 'shows another site inside the page'],
  ['object', 'embeds a program or another document'],
  ['embed', 'embeds a program or another document'],
  ['applet', 'embeds a program'],
  ['style', 'restyles the whole page and can hide text from readers'],
  ['link', 'loads a file from elsewhere into the page'],
  ['meta', 'changes how the browser treats the page'],
  ['base', 'changes where every link on the page goes'],
  ['form', 'sends what readers type to an address'],
  ['input', 'asks readers for input the site never handles'],
  ['button', 'does nothing without a program behind it'],
  ['svg', 'can carry scripts and hidden text; put pictures in content/papers/images/ and show them with <Figure>'],
  ['math', 'can carry links and scripts'],
  ['small', 'is fine print by name'],
]);

/** Components content may use, by name; h2–h4 are Markdown's own headings. */
export const componentNames: ReadonlySet<string> = new Set(mdxComponentNames);

/** Says whether an element name is allowed in content. */
export function isAllowedElement(name: string): boolean {
  return componentNames.has(name) || allowedHtmlElements.has(name);
}

/**
 * True for an MDX expression that is only a literal: a number, `true`,
 * `false`, or a quoted string without escapes. Such props are data; anything
 * else is code that would run at build.
 */
export function isLiteralExpression(source: string): boolean {
  const text = source.trim();
  return (
    /^-?\d+(?:\.\d+)?$/.test(text) ||
    text === 'true' ||
    text === 'false' ||
    /^"[^"\\]*"$/.test(text) ||
    /^'[^'\\]*'$/.test(text)
  );
}

const namedEntities: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  period: '.',
};

/**
 * The scheme of an address as a browser reads it: HTML character references
 * decoded, and tabs, newlines, spaces and control characters removed (a
 * browser ignores them inside a scheme, which is how `java&#10;script:` slips
 * past naive filters). Returns the lower-cased scheme, or undefined for a
 * relative address.
 */
export function urlScheme(url: string): string | undefined {
  // Only the start of the address can hold a scheme; 200 characters bound the work.
  const head = url
    .slice(0, 200)
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) =>
      String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)),
    )
    .replace(/&#(\d{1,7});?/g, (_, dec: string) => String.fromCodePoint(Math.min(Number(dec), 0x10ffff)))
    .replace(/&([a-z]+);/gi, (entity: string, name: string) => namedEntities[name.toLowerCase()] ?? entity)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(head);
  return match?.[1]?.toLowerCase();
}

/** Schemes that run code or carry a whole document in the address. */
const unsafeSchemes = new Set(['javascript', 'vbscript', 'data', 'file', 'blob']);

/** True when following or loading the address would run code or bypass the site's own files. */
export function isUnsafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && unsafeSchemes.has(scheme);
}

/** A tag written as raw HTML in a Markdown file. */
export interface HtmlTag {
  name: string;
  attributes: Array<{ name: string; value: string }>;
  /** Offset of `<` within the HTML text. */
  index: number;
}

/**
 * Reads the start tags of raw HTML written in Markdown: names and attributes,
 * enough to judge them. Each tag is read once from left to right, so the cost
 * is linear in the text.
 */
export function htmlStartTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)/g)) {
    const attributes: Array<{ name: string; value: string }> = [];
    for (const attribute of (match[2] ?? '').matchAll(/([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)) {
      attributes.push({ name: attribute[1] ?? '', value: (attribute[2] ?? '').replace(/^["']|["']$/g, '') });
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes, index: match.index });
  }
  return tags;
}

/**
 * Every attribute written in a document, JSX or raw HTML, with the range to
 * report it at: what the rules about attributes read, walked in one place.
 */
export function writtenAttributes(
  document: Pick<ProseDocument, 'elements' | 'html'>,
): Array<{ name: string; value: string | undefined; range: { start: number; end: number } }> {
  const found: Array<{ name: string; value: string | undefined; range: { start: number; end: number } }> = [];
  for (const element of document.elements) {
    for (const attribute of element.attributes) {
      if ('name' in attribute)
        found.push({
          name: attribute.name,
          value: typeof attribute.value === 'string' ? attribute.value : undefined,
          range: { start: element.start, end: element.end },
        });
    }
  }
  for (const html of document.html) {
    for (const tag of htmlStartTags(html.value)) {
      for (const attribute of tag.attributes)
        found.push({
          name: attribute.name,
          value: attribute.value,
          range: { start: html.start + tag.index, end: html.end },
        });
    }
  }
  return found;
}

/**
 * An element's attributes that are data: text, a bare attribute, or a
 * literal expression. Spreads and code are markup/expression's to report,
 * once; rules that read a component's props read only these.
 */
export function literalAttributes(
  element: JsxElement,
): Array<{ name: string; value: string | true | { expression: string } }> {
  return element.attributes.flatMap((attribute) =>
    'name' in attribute && (typeof attribute.value !== 'object' || isLiteralExpression(attribute.value.expression))
      ? [attribute]
      : [],
  );
}
