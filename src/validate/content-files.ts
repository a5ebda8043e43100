import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The collection a content file belongs to, decided by where it lives. */
export type ContentKind =
  | 'site'
  | 'authors'
  | 'glossary'
  | 'tags'
  | 'fees'
  | 'plan'
  | 'policy-version'
  | 'components'
  | 'incident'
  | 'maintenance'
  | 'paper'
  | 'paper-image';

/** One file of the content tree, read and classified. */
export interface ContentFile {
  /** Where it lives, relative to the project root, with forward slashes. */
  file: string;
  /** Where it lives, relative to the content folder. */
  path: string;
  /** The collection it belongs to, or undefined when it belongs to none. */
  kind: ContentKind | undefined;
  /** Its text, decoded as UTF-8 with any byte-order mark removed; undefined when it is not UTF-8. */
  text: string | undefined;
}

const layout: ReadonlyArray<[RegExp, ContentKind]> = [
  [/^site\.yaml$/, 'site'],
  [/^authors\.yaml$/, 'authors'],
  [/^glossary\.yaml$/, 'glossary'],
  [/^tags\.yaml$/, 'tags'],
  [/^pricing\/fees\.yaml$/, 'fees'],
  [/^pricing\/plans\/[^/]+\.yaml$/, 'plan'],
  [/^policies\/[^/]+\/[^/]+\.mdx?$/, 'policy-version'],
  [/^status\/components\.yaml$/, 'components'],
  [/^status\/incidents\/[^/]+\.mdx?$/, 'incident'],
  [/^status\/maintenance\/[^/]+\.mdx?$/, 'maintenance'],
  [/^papers\/[^/]+\.mdx?$/, 'paper'],
  [/^papers\/images\/[^/]+\.(?:svg|png|jpe?g|webp|avif)$/, 'paper-image'],
];

/** Tells which collection a path (relative to the content folder) belongs to. */
export function classifyContentPath(path: string): ContentKind | undefined {
  return layout.find(([pattern]) => pattern.test(path))?.[1];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Lists every file below `dir`, depth first, in a stable order. */
function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });
}

/**
 * Reads every file of the content folder. Files that belong to no collection
 * are returned too (with kind undefined) so that they can be refused: nothing
 * in `content/` is ever dropped silently.
 */
export function readContentFiles(projectRoot: string, contentDir: string): ContentFile[] {
  const root = resolve(projectRoot, contentDir);
  return listFiles(root).map((full) => {
    const path = relative(root, full).split(sep).join('/');
    let text: string | undefined;
    try {
      text = utf8.decode(readFileSync(full)).replace(/^\uFEFF/, '');
    } catch {
      text = undefined;
    }
    return { file: relative(projectRoot, full).split(sep).join('/'), path, kind: classifyContentPath(path), text };
  });
}
