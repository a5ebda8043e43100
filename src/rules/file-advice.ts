/**
 * Shared by rules whose advice names a component (<Price>, <Fee>, <Term>,
 * <Figure>): components render only in the body of an .mdx file. In a .md
 * body they would show as stray HTML, and in a YAML field as text, so a rule
 * that advises one there must offer what the editor can do in that file.
 * Not a rule.
 */
import { layout } from '../reader/layout.ts';
import type { ProseDocument } from '../reader/prose-document.ts';

/** Where a sentence is written, which decides what can be written instead. */
export type Medium = 'mdx' | 'markdown' | 'yaml';

/** The medium of a sentence (or of the body, for markup), from its YAML field and the file's format. */
export function mediumOf(document: ProseDocument, field = ''): Medium {
  if (field !== '') return 'yaml';
  return document.mdx ? 'mdx' : 'markdown';
}

/**
 * True when this .md file could be renamed to .mdx: its kind of content
 * accepts .mdx files (the layout table, src/reader/layout.ts).
 */
export function mayBeMdx(document: ProseDocument): boolean {
  if (!/\.md$/i.test(document.path)) return false;
  return layout.some(
    (row) => row.prose === document.kind && row.format === 'front-matter' && /\bmdx\b/.test(row.pattern),
  );
}

/** ", or rename the file to .mdx and use {{what}}", when the file may be renamed; empty otherwise. */
export function renameAdvice(document: ProseDocument, what: string): string {
  return mayBeMdx(document) ? `, or rename the file to .mdx and use ${what}` : '';
}
