/**
 * Shared by the record/* rules: each entry of a kind as it was at the base
 * revision, paired with the entry at the same place in the content now.
 * Files are matched by their path in the content folder, so the base may
 * sit anywhere in the repository. Not a rule itself.
 */
import { posix, relative, resolve, sep } from 'node:path';
import type { ContentFile } from '../../reader/content-files.ts';
import { entriesOf, type ContentTree, type Entry, type EntryKind } from '../../reader/read-content.ts';

export interface RecordPair<K extends EntryKind> {
  /** The entry at the base, valid. */
  record: Entry<K> & { data: NonNullable<Entry<K>['data']> };
  /** The entry at the same path now; undefined when the file is gone. */
  now: Entry<K> | undefined;
  /** The base entry's file, named where it would be now in the content folder: to report a file that is gone. */
  gone: ContentFile;
}

/** Every valid entry of `kind` at the base, with what is at its path now. */
export function recordPairs<K extends EntryKind>(base: ContentTree, tree: ContentTree, kind: K): Array<RecordPair<K>> {
  const now = new Map(entriesOf(tree, kind).map((entry) => [entry.source.path, entry]));
  const present = new Set(tree.files.map((file) => file.path));
  // Where the content folder is, relative to the project root, as the reader names files.
  const folder = relative(tree.projectRoot, resolve(tree.projectRoot, tree.contentDir)).split(sep).join('/');
  return entriesOf(base, kind).flatMap((record) => {
    if (record.data === undefined) return [];
    const entry = now.get(record.source.path);
    // A file still there but no longer an entry (emptied, unreadable) is its own rule's problem.
    if (entry === undefined && present.has(record.source.path)) return [];
    const gone: ContentFile = {
      ...record.source,
      file: posix.join(folder, record.source.path),
      text: undefined,
    };
    return [{ record: record as RecordPair<K>['record'], now: entry, gone }];
  });
}
