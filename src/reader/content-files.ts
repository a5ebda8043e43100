/**
 * The files of a content folder: listed, read, decoded and classified by the
 * layout table. Nothing in the folder is skipped: a file that belongs to no
 * collection, cannot be decoded or is too large is returned with what is
 * wrong with it, for the rules to refuse.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isSkippedName, layoutOf, type ContentKind, type LayoutRow } from './layout.ts';

/** One file of the content tree, read and classified. */
export interface ContentFile {
  /** Where it lives, relative to the project root, with forward slashes. */
  file: string;
  /** Where it lives, relative to the content folder. */
  path: string;
  /** Its row of the layout table, or undefined when it belongs to no collection. */
  layout: LayoutRow | undefined;
  /** Its kind, or undefined when it belongs to no collection. */
  kind: ContentKind | undefined;
  /** Its name, such as `fiber-300.yaml`. */
  name: string;
  /** Its name without the extension, such as `fiber-300`. */
  stem: string;
  /** The folder it is in, such as `refunds` for a policy version. */
  folder: string;
  /** True for a name the build skips (a dot-file): it is refused, not read. */
  skipped: boolean;
  /** Its text, decoded as UTF-8 without a byte-order mark; undefined when it is not text, not UTF-8 or too large. */
  text: string | undefined;
  /** True when the file opens with a byte-order mark (left out of `text`). */
  bom: boolean;
  /** Why a file that should be text has none, or why a file cannot be read at all (a broken link, say). */
  unreadable: 'too-large' | 'not-utf8' | 'cannot-read' | undefined;
  /** Its size in bytes. */
  bytes: number;
}

/**
 * The largest text file content may hold: 1 MB, about 150,000 words, ten times
 * the longest real terms of service. A larger file is refused unread, so
 * that one pasted log or generated file cannot stall every build.
 */
export const maxTextFileBytes = 1_000_000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Lists every file below `dir`, depth first, in a stable order. A link is
 * followed to what it points at; a link to nothing is listed as a file (for
 * the rules to refuse as unreadable).
 */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      return entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(full)) ? listFiles(full) : [full];
    });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads every file of the content folder `contentDir` (relative to `projectRoot`). */
export function readContentFiles(projectRoot: string, contentDir: string): ContentFile[] {
  const root = resolve(projectRoot, contentDir);
  if (!isDirectory(root)) throw new ContentFolderMissing(root);
  return listFiles(root).map((full) => readContentFile(projectRoot, root, full));
}

/** The content folder does not exist: nothing to check, and a mistake in the command, not in content. */
export class ContentFolderMissing extends Error {
  readonly folder: string;
  constructor(folder: string) {
    super(`There is no content folder at ${folder}.`);
    this.folder = folder;
  }
}

/** Decodes UTF-8 bytes, without a byte-order mark; undefined when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Reads a text file that is not part of the content folder (a contract to check, say); undefined when not UTF-8. */
export function readTextFile(path: string): string | undefined {
  return decodeUtf8(readFileSync(path));
}

/** Reads and classifies one file of the content folder `root`, given its full path. */
function readContentFile(projectRoot: string, root: string, full: string): ContentFile {
  const path = relative(root, full).split(sep).join('/');
  const row = layoutOf(path);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const folder = path.split('/').slice(-2, -1)[0] ?? '';
  const skipped = isSkippedName(name);
  // Of images, only SVGs are text, read to look inside them; a skipped file is not read.
  const isText = !skipped && (row?.format !== 'image' || name.endsWith('.svg'));
  let bytes = 0;
  let text: string | undefined;
  let bom = false;
  let unreadable: ContentFile['unreadable'];
  try {
    bytes = statSync(full).size;
    if (isText && bytes > maxTextFileBytes) unreadable = 'too-large';
    else if (isText) {
      const raw = readFileSync(full);
      bom = hasBom(raw);
      text = decodeUtf8(raw);
      if (text === undefined) unreadable = 'not-utf8';
    }
  } catch {
    // A link to nothing, a name the file system cannot give back, no permission.
    unreadable = 'cannot-read';
  }
  return {
    file: relative(projectRoot, full).split(sep).join('/'),
    path,
    layout: row,
    kind: row?.kind,
    name,
    stem: name.replace(/\.[^.]+$/, ''),
    folder,
    skipped,
    text,
    bom,
    unreadable,
    bytes,
  };
}
