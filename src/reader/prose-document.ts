/**
 * Turns a content file into what prose and markup rules read: prose blocks
 * with exact source offsets, content hidden from readers, the markup written
 * (elements, images, links, raw HTML, code) and suppression comments.
 *
 * Markdown and MDX are parsed with satteri, the Rust parser behind Astro 7's
 * own Markdown pipeline, so a file is read the way the site renders it. YAML
 * prose (strings of several words) comes from `./yaml.ts`.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { alignToSource } from './align.ts';
import type { ProseKind } from './layout.ts';
import { parserLimitProblem } from './parser-limits.ts';
import type { YamlError, YamlProse } from './yaml.ts';

/** A run of prose, such as a paragraph, a heading or a YAML text field. */
export interface ProseBlock {
  /** The text as the reader sees it, before normalisation. */
  text: string;
  /** `offsets[i]` is the file offset of `text[i]`; one extra entry marks the end. */
  offsets: number[];
  /** True inside a blockquote marked as a quotation: exempt from rules that judge what the company says. */
  quoted: boolean;
  /** For YAML prose, the field it came from, such as `why` or `updates[2].message`. */
  field: string;
}

/** Text a reader cannot see but that reaches the page, such as an HTML comment or a `hidden` element. */
export interface HiddenFragment {
  text: string;
  /** True when `text` is raw HTML, tags and all. */
  html: boolean;
  start: number;
  end: number;
  /** How it is hidden, for the message. */
  how: string;
}

/** A `plainsight-disable-next-line` comment. */
export interface SuppressionComment {
  /** Offsets of the comment itself. */
  start: number;
  end: number;
  rules: string[];
  /** The written reason after ` -- `; undefined when missing. */
  reason: string | undefined;
}

/** A literal attribute value, or the source of an expression such as `{12}`. */
export type JsxAttributeValue = string | true | { expression: string };

/** A JSX element written in MDX, such as `<Price plan="fiber-300" />`. */
export interface JsxElement {
  /** The element's name; undefined for a fragment (`<>`). */
  name: string | undefined;
  attributes: Array<{ name: string; value: JsxAttributeValue } | { spread: string }>;
  start: number;
  end: number;
}

/** Code written in an MDX body: an import or export, or an expression that is not a comment. */
export interface CodeNode {
  kind: 'esm' | 'expression';
  source: string;
  start: number;
  end: number;
}

/** An address written in Markdown: a link, a link definition or an image. */
export interface LinkNode {
  url: string;
  start: number;
  end: number;
}

/** Raw HTML written in a Markdown body (in MDX, HTML is JSX and lands in `elements`). */
export interface HtmlNode {
  value: string;
  start: number;
  end: number;
}

/** An image written in Markdown: `![alt](url)`, or `![alt][ref]` (url undefined). */
export interface ImageNode {
  url: string | undefined;
  alt: string;
  start: number;
  end: number;
}

export interface ProseDocument {
  /** The path as given, for reports. */
  path: string;
  source: string;
  kind: ProseKind;
  /** True when the body is MDX, the only place components such as <Price> can be written. */
  mdx: boolean;
  blocks: ProseBlock[];
  hidden: HiddenFragment[];
  suppressions: SuppressionComment[];
  /** Every JSX element in an MDX body, in source order. */
  elements: JsxElement[];
  /** Every Markdown image, in source order. */
  images: ImageNode[];
  /** Every import, export and non-comment expression of an MDX body, in source order. */
  code: CodeNode[];
  /** Every address of a Markdown link, definition or image, in source order. */
  links: LinkNode[];
  /** Every piece of raw HTML of a Markdown body, in source order. */
  html: HtmlNode[];
  /** A syntax error, or a shape past the parser's limits (`limit`), that stopped parsing, with its offset. */
  parseError: { offset: number; message: string; limit: boolean } | undefined;
}

const directive = 'plainsight-disable-next-line';

/** Reads a suppression out of a comment's text, or returns undefined when it is not one. */
export function parseSuppression(comment: string, start: number, end: number): SuppressionComment | undefined {
  const body = comment.trim();
  if (!body.startsWith(directive)) return undefined;
  const rest = body.slice(directive.length);
  const separator = rest.indexOf(' -- ');
  const ids = separator === -1 ? rest : rest.slice(0, separator);
  const reason = separator === -1 ? undefined : rest.slice(separator + 4).trim();
  return {
    start,
    end,
    rules: ids.split(/[\s,]+/).filter((id) => id !== ''),
    reason: reason === '' ? undefined : reason,
  };
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  children?: MdNode[];
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const hiddenStyle =
  /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])/i;

/** Says how an element hides its content, or undefined when it does not. */
function hiddenBy(attributes: ReadonlyArray<{ name?: string; value?: unknown }>): string | undefined {
  for (const attribute of attributes) {
    const name = attribute.name?.toLowerCase();
    const value = typeof attribute.value === 'string' ? attribute.value : '';
    if (name === 'hidden') return 'the hidden attribute';
    if (name === 'aria-hidden' && value !== 'false') return 'aria-hidden';
    if ((name === 'style' || name === 'class' || name === 'classname') && hiddenStyle.test(value))
      return `style "${value}"`;
  }
  return undefined;
}

/** Parses the attributes of an HTML start tag written in Markdown (only what hiding needs). */
function htmlAttributes(html: string): Array<{ name: string; value: string }> {
  // Only the start tag, and at most 2,000 characters of it: attribute parsing
  // then costs a bounded amount whatever the input.
  const tagEnd = html.indexOf('>');
  const tag = (tagEnd === -1 ? html : html.slice(0, tagEnd)).slice(0, 2000);
  const attributes: Array<{ name: string; value: string }> = [];
  for (const match of tag.matchAll(/([a-zA-Z-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    attributes.push({ name: match[1] ?? '', value: (match[2] ?? '').replace(/^["']|["']$/g, '') });
  }
  return attributes.slice(1);
}

/** Parses a Markdown or MDX body into prose blocks, hidden fragments and suppressions. */
function readBody(doc: ProseDocument, body: string, bodyStart: number, mdx: boolean): void {
  const tooDeep = parserLimitProblem(body, mdx);
  if (tooDeep) {
    doc.parseError = { offset: bodyStart + tooDeep.offset, message: tooDeep.message, limit: true };
    return;
  }
  let tree: MdNode;
  try {
    // Front matter is handled separately; give the parser the body only, then shift offsets.
    tree = (mdx ? mdxToMdast(body) : markdownToMdast(body)) as unknown as MdNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):/.exec(message);
    let offset = bodyStart;
    if (at) {
      const lines = body.split('\n').slice(0, Number(at[1]) - 1);
      offset = bodyStart + lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(at[2]) - 1;
    }
    // Positions inside the message, such as where an unclosed tag opened, count from the body: make them file lines.
    let linesBefore = 0;
    for (let i = 0; i < bodyStart; i += 1) if (doc.source.charCodeAt(i) === 10) linesBefore += 1;
    const inFile = message
      .replace(/^\d+:\d+: /, '')
      .replace(
        /\((\d+):(\d+)\)/g,
        (_, line: string, column: string) => `(line ${Number(line) + linesBefore}, column ${column})`,
      )
      // The parser's own rule id, such as "(mdx-jsx:unexpected-character)", means nothing to an editor.
      .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
    doc.parseError = { offset, message: inFile, limit: false };
    return;
  }
  const startOf = (node: MdNode) => bodyStart + (node.position?.start.offset ?? 0);
  const endOf = (node: MdNode) => bodyStart + (node.position?.end.offset ?? 0);

  const recordElement = (node: MdNode) => {
    doc.elements.push({
      name: node.name ?? undefined,
      attributes: (node.attributes ?? []).map((attribute) => {
        if (attribute.type !== 'mdxJsxAttribute')
          return { spread: String((attribute as { value?: unknown }).value ?? '') };
        const value = attribute.value;
        if (value === null || value === undefined) return { name: attribute.name ?? '', value: true as const };
        if (typeof value === 'string') return { name: attribute.name ?? '', value };
        return {
          name: attribute.name ?? '',
          value: { expression: String((value as { value?: unknown }).value ?? '') },
        };
      }),
      start: startOf(node),
      end: endOf(node),
    });
  };

  /** Records a JSX element that hides its content from readers; true when it does. */
  const recordIfHidden = (node: MdNode): boolean => {
    const how = hiddenBy(node.attributes ?? []);
    if (how === undefined) return false;
    doc.hidden.push({ text: plainText(node), html: false, start: startOf(node), end: endOf(node), how });
    return true;
  };

  /** Appends a node's visible inline text to a block being built. */
  const collect = (node: MdNode, block: ProseBlock) => {
    switch (node.type) {
      case 'text': {
        const value = node.value ?? '';
        const start = startOf(node);
        const source = doc.source.slice(start, endOf(node));
        block.text += value;
        // Text as written (no escape, no entity), most of it, maps one to one: no alignment, no list to copy.
        if (value === source) {
          for (let i = 0; i < value.length; i += 1) block.offsets.push(start + i);
          return;
        }
        // A loop, not push(...offsets): a spread of a million offsets overflows the stack.
        for (const offset of alignToSource(value, source, start)) block.offsets.push(offset);
        return;
      }
      case 'inlineCode':
      case 'break':
        // Code is not prose; a placeholder keeps the words on either side apart.
        block.text += ' ';
        block.offsets.push(startOf(node));
        return;
      case 'image':
      case 'imageReference':
        // Alt text is read by the image rules, not as prose.
        doc.images.push({
          url: node.type === 'image' ? (node.url ?? '') : undefined,
          alt: node.alt ?? '',
          start: startOf(node),
          end: endOf(node),
        });
        return;
      case 'footnoteReference':
        // A footnote marker is where fine print hides; rules see it as a dagger.
        block.text += '†';
        block.offsets.push(startOf(node));
        return;
      case 'html': {
        readHtml(node);
        return;
      }
      case 'mdxTextExpression': {
        readExpression(node);
        return;
      }
      case 'mdxJsxTextElement': {
        if (recordIfHidden(node)) return;
        for (const child of node.children ?? []) collect(child, block);
        return;
      }
      default:
        for (const child of node.children ?? []) collect(child, block);
    }
  };

  const readHtml = (node: MdNode) => {
    const html = (node.value ?? '').trim();
    if (html.startsWith('<!--')) {
      const comment = html.replace(/^<!--/, '').replace(/-->$/, '');
      const suppression = parseSuppression(comment, startOf(node), endOf(node));
      if (suppression) doc.suppressions.push(suppression);
      // An HTML comment in Markdown reaches the page's source, unseen by readers.
      else
        doc.hidden.push({ text: comment, html: false, start: startOf(node), end: endOf(node), how: 'an HTML comment' });
      return;
    }
    const how = hiddenBy(htmlAttributes(html.slice(1)));
    if (how !== undefined) doc.hidden.push({ text: html, html: true, start: startOf(node), end: endOf(node), how });
  };

  const readExpression = (node: MdNode) => {
    const value = (node.value ?? '').trim();
    if (isCommentExpression(value)) {
      const suppression = parseSuppression(value.slice(2, -2), startOf(node), endOf(node));
      if (suppression) doc.suppressions.push(suppression);
    }
  };

  const blockOf = (node: MdNode, quoted: boolean) => {
    const block: ProseBlock = { text: '', offsets: [], quoted, field: '' };
    for (const child of node.children ?? []) collect(child, block);
    block.offsets.push(endOf(node));
    if (block.text.trim() !== '') doc.blocks.push(block);
  };

  const walk = (node: MdNode, quoted: boolean) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        blockOf(node, quoted);
        return;
      case 'code':
      case 'yaml':
      case 'toml':
      case 'mdxjsEsm':
        return;
      case 'html':
        readHtml(node);
        return;
      case 'mdxFlowExpression':
        readExpression(node);
        return;
      case 'blockquote':
        for (const child of node.children ?? []) walk(child, quoted || isQuotation(node));
        return;
      case 'mdxJsxFlowElement': {
        if (recordIfHidden(node)) return;
        for (const child of node.children ?? []) walk(child, quoted);
        return;
      }
      default:
        for (const child of node.children ?? []) walk(child, quoted);
    }
  };
  walk(tree, false);

  // Markup, from every node: the prose walk above skips hidden elements and
  // code, but what they contain must still be judged. A stack, not recursion,
  // so that deeply nested hostile input cannot overflow.
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdNode;
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        recordElement(node);
        break;
      case 'mdxjsEsm':
        doc.code.push({ kind: 'esm', source: node.value ?? '', start: startOf(node), end: endOf(node) });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentExpression(node.value ?? ''))
          doc.code.push({ kind: 'expression', source: node.value ?? '', start: startOf(node), end: endOf(node) });
        break;
      case 'link':
      case 'definition':
      case 'image':
        doc.links.push({ url: node.url ?? '', start: startOf(node), end: endOf(node) });
        break;
      case 'html':
        doc.html.push({ value: node.value ?? '', start: startOf(node), end: endOf(node) });
        break;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as MdNode);
  }
}

/** All the text below a node, for hidden content. */
function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'html') return node.value ?? '';
  return (node.children ?? []).map(plainText).join(' ');
}

/**
 * A blockquote is a quotation when its last paragraph is an attribution line
 * starting with an em dash ("— Example Corp terms, 2024"): the conventional
 * mark of a quoted source, visible to readers too.
 */
function isQuotation(node: MdNode): boolean {
  const last = node.children?.at(-1);
  if (last?.type !== 'paragraph') return false;
  return plainText(last).trimStart().startsWith('—');
}

/** YAML prose with its place in the file: the whole file, or the front matter. */
export interface YamlPart {
  /** Offset in the file where the YAML starts. */
  start: number;
  /** Offset in the file where it ends. */
  end: number;
  /** Its strings of several words, with offsets in the YAML text. */
  prose: YamlProse[];
  /** Its syntax errors, with offsets in the YAML text. */
  errors: YamlError[];
}

/** What a prose document is made from: a file's text and the parts the reader found in it. */
export interface ProseInput {
  /** The path reports name. */
  path: string;
  /** The whole file, without a byte-order mark. */
  text: string;
  kind: ProseKind;
  yaml: YamlPart | undefined;
  /** The Markdown or MDX body; undefined for a YAML file. */
  body: { start: number; mdx: boolean } | undefined;
}

/** Adds a YAML part's prose and its suppression comments to a document. */
function readYamlPart(doc: ProseDocument, part: YamlPart): void {
  const yamlText = doc.source.slice(part.start, part.end);
  for (const { value, start, end, field } of part.prose) {
    const offsets = alignToSource(value, yamlText.slice(start, end), part.start + start);
    offsets.push(part.start + end);
    doc.blocks.push({ text: value, offsets, quoted: false, field });
  }
  // YAML comments: "# plainsight-disable-next-line rule -- reason".
  let offset = part.start;
  for (const line of yamlText.split('\n')) {
    const hash = line.indexOf('#');
    if (hash !== -1 && line.slice(0, hash).trim() === '') {
      const suppression = parseSuppression(line.slice(hash + 1), offset + hash, offset + line.trimEnd().length);
      if (suppression) doc.suppressions.push(suppression);
    }
    offset += line.length + 1;
  }
}

/** The prose document of a file the reader has split. */
export function proseDocument(input: ProseInput): ProseDocument {
  const doc: ProseDocument = {
    path: input.path,
    source: input.text,
    kind: input.kind,
    mdx: input.body?.mdx ?? false,
    blocks: [],
    hidden: [],
    suppressions: [],
    elements: [],
    images: [],
    code: [],
    links: [],
    html: [],
    parseError: undefined,
  };
  if (input.yaml) readYamlPart(doc, input.yaml);
  if (input.body) readBody(doc, input.text.slice(input.body.start), input.body.start, input.body.mdx);
  return doc;
}

/**
 * True for an MDX expression that is only a comment, such as a suppression:
 * the one kind of braces content may write.
 */
export function isCommentExpression(source: string): boolean {
  const text = source.trim();
  return text.startsWith('/*') && text.endsWith('*/') && text.indexOf('*/') === text.length - 2;
}
