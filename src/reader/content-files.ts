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

/**
 * Reads every file of the content folder `contentDir` (relative to
 * `projectRoot`), or only the files of the kinds `only` accepts (a status
 * publish reads the status files, not the papers).
 */
export function readContentFiles(
  projectRoot: string,
  contentDir: string,
  only?: (kind: ContentKind | undefined) => boolean,
): ContentFile[] {
  const root = resolve(projectRoot, contentDir);
  if (!isDirectory(root)) throw new ContentFolderMissing(root);
  const listed = listFiles(root);
  const wanted =
    only === undefined
      ? listed
      : listed.filter((full) => only(layoutOf(relative(root, full).split(sep).join('/'))?.kind));
  return wanted.map((full) => readContentFile(projectRoot, root, full));
}

/**
 * The files of a content folder read before, with one file read again (or
 * added) where `listFiles` puts it: what a command that wrote `full` checks,
 * without reading every other file a second time.
 */
export function withFileReadAgain(
  files: readonly ContentFile[],
  projectRoot: string,
  contentDir: string,
  full: string,
): ContentFile[] {
  const file = readContentFile(projectRoot, resolve(projectRoot, contentDir), full);
  const others = files.filter((other) => other.file !== file.file);
  const at = others.findIndex((other) => compareListed(other.path, file.path) > 0);
  return at === -1 ? [...others, file] : [...others.slice(0, at), file, ...others.slice(at)];
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
  let size: number | undefined;
  try {
    size = statSync(full).size;
  } catch {
    // A link to nothing, a name the file system cannot give back, no permission.
  }
  return contentFile(
    relative(projectRoot, full).split(sep).join('/'),
    relative(root, full).split(sep).join('/'),
    size,
    () => readFileSync(full),
  );
}

/** A file that is not on disk: its path in the content folder, its size, and its bytes (a git blob, say). */
export interface StoredFile {
  path: string;
  size: number | undefined;
  read(): Uint8Array;
}

/**
 * Classifies stored files as the content folder `contentDir` (relative to a
 * project root), in the order `listFiles` gives files on disk.
 */
export function contentFilesFrom(contentDir: string, files: readonly StoredFile[]): ContentFile[] {
  const prefix = contentDir === '.' || contentDir === '' ? '' : `${contentDir.split(sep).join('/')}/`;
  return [...files]
    .sort((a, b) => compareListed(a.path, b.path))
    .map((stored) => contentFile(`${prefix}${stored.path}`, stored.path, stored.size, () => stored.read()));
}

/** Orders paths as `listFiles` walks folders: name by name, each folder's files where its name sorts. */
function compareListed(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** Classifies one file by its path in the content folder, and decodes it; `size` undefined: it cannot be read. */
function contentFile(file: string, path: string, size: number | undefined, read: () => Uint8Array): ContentFile {
  const row = layoutOf(path);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const folder = path.split('/').slice(-2, -1)[0] ?? '';
  const skipped = isSkippedName(name);
  // Of images, only SVGs are text, read to look inside them; a font is never text; a skipped file is not read.
  const isText = !skipped && row?.format !== 'font' && (row?.format !== 'image' || name.endsWith('.svg'));
  let text: string | undefined;
  let bom = false;
  let unreadable: ContentFile['unreadable'] = size === undefined ? 'cannot-read' : undefined;
  if (size !== undefined && isText && size > maxTextFileBytes) unreadable = 'too-large';
  else if (size !== undefined && isText) {
    try {
      const raw = read();
      bom = hasBom(raw);
      text = decodeUtf8(raw);
      if (text === undefined) unreadable = 'not-utf8';
    } catch {
      unreadable = 'cannot-read';
    }
  }
  return {
    file,
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
    bytes: size ?? 0,
  };
}
