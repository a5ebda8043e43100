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
  /** Its text, decoded as UTF-8 with any byte-order mark removed; undefined when it is not UTF-8 or too large to read. */
  text: string | undefined;
  /** Its size in bytes. */
  bytes: number;
}

/**
 * The largest text file content may hold: 1 MB, about 150,000 words, ten times
 * the longest real terms of service. A larger file is refused unread, so
 * that one pasted log or generated file cannot stall every build.
 */
export const maxTextFileBytes = 1_000_000;

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
export function listFiles(dir: string): string[] {
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
  return listFiles(root).map((full) => readContentFile(projectRoot, root, full));
}

/** Reads and classifies one file of the content folder `root`, given its full path. */
export function readContentFile(projectRoot: string, root: string, full: string): ContentFile {
  const path = relative(root, full).split(sep).join('/');
  const kind = classifyContentPath(path);
  const bytes = statSync(full).size;
  let text: string | undefined;
  // Of images, only SVGs are text, read to look inside them.
  if (bytes <= maxTextFileBytes && (kind !== 'paper-image' || path.endsWith('.svg'))) {
    try {
      text = utf8.decode(readFileSync(full)).replace(/^\uFEFF/, '');
    } catch {
      text = undefined;
    }
  }
  return { file: relative(projectRoot, full).split(sep).join('/'), path, kind, text, bytes };
}
