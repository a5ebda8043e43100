/**
 * A policy's text as a reader sees it, block by block, for comparing two
 * versions. Markup is dropped (emphasis, links), components are replaced by
 * what they show (`<Fee id="late-payment" />` becomes "$10"), and code,
 * comments and expressions, which a reader does not read as the policy, are
 * left out.
 *
 * Parsed with satteri, the parser Astro 7 renders MDX with, so a block here
 * is a block on the page.
 */
import { mdxToMdast } from 'satteri';

/** One block of reading text: a heading, a paragraph, a list item's paragraph or a table row. */
export interface TextBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/**
 * What an MDX component shows as text, given its name and its attributes
 * (literal strings, and expressions as their source); undefined to use the
 * text between its tags.
 */
export type ElementText = (name: string, attributes: Readonly<Record<string, string>>) => string | undefined;

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
}

/** The literal attributes of every use of one component in an MDX body, such as each `<Term id="…">`. */
export function componentUses(body: string, name: string): Array<Record<string, string>> {
  const uses: Array<Record<string, string>> = [];
  const walk = (node: MdNode) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name)
      uses.push(attributesOf(node));
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body) as unknown as MdNode);
  return uses;
}

/** A JSX element's attributes: literal strings, and expressions as their source, such as the 12 of months={12}. */
function attributesOf(node: MdNode): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const value = attribute.value;
    if (typeof value === 'string') attributes[attribute.name ?? ''] = value;
    else if (typeof value === 'object' && value !== null && 'value' in value)
      attributes[attribute.name ?? ''] = String(value.value);
  }
  return attributes;
}

/** The reading text of an MDX body, in order. Throws on MDX that does not parse (the check reports it first). */
export function policyTextBlocks(body: string, elementText: ElementText = () => undefined): TextBlock[] {
  const blocks: TextBlock[] = [];

  const inline = (node: MdNode): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value ?? '';
      case 'break':
        return ' ';
      case 'footnoteReference':
      case 'html':
      case 'mdxTextExpression':
        return '';
      case 'mdxJsxTextElement':
        return elementText(node.name ?? '', attributesOf(node)) ?? (node.children ?? []).map(inline).join('');
      default:
        return (node.children ?? []).map(inline).join('');
    }
  };

  const push = (kind: TextBlock['kind'], text: string) => {
    // Whitespace collapsed with a split, not a regular expression over the whole text.
    const tidy = text.split(/\s+/).filter(Boolean).join(' ');
    if (tidy !== '') blocks.push({ kind, text: tidy });
  };

  const walk = (node: MdNode) => {
    switch (node.type) {
      case 'heading':
        push('heading', inline(node));
        return;
      case 'paragraph':
        push('paragraph', inline(node));
        return;
      case 'tableRow':
        push('paragraph', (node.children ?? []).map(inline).join(' · '));
        return;
      case 'code':
      case 'html':
      case 'yaml':
      case 'toml':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        return;
      default:
        for (const child of node.children ?? []) walk(child);
    }
  };
  walk(mdxToMdast(body) as unknown as MdNode);
  return blocks;
}
