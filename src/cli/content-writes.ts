/**
 * What every command that writes content shares: reading the tree first
 * (to know the ids it may refer to), and, as the last step, checking the
 * written file with every rule, in the whole tree as the build checks it, so
 * that a file the build would refuse is not kept and a scaffold never leaves
 * a broken file.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withFileReadAgain } from '../reader/content-files.ts';
import { readContent, readContentTree, type ContentTree } from '../reader/read-content.ts';
import { usageError } from './command-line.ts';
import type { Diagnostic } from '../rules/diagnostic.ts';

/** Reads the content tree; a missing or unreadable content folder is a usage mistake (exit 2). */
export function readTreeFor(name: string, root: string, dir: string): ContentTree {
  try {
    return readContent(root, dir);
  } catch (error) {
    return usageError(name, error instanceof Error ? error.message : String(error));
  }
}

export interface WrittenFile {
  /** The npm script that wrote it, such as `new:plan`, for the message. */
  name: string;
  /** The absolute path of the file written. */
  path: string;
  /** The file's text before the command changed it; undefined for a new file, which is removed instead. */
  previous?: string | undefined;
}

/**
 * Checks the content tree with the written file; when the build would refuse
 * that file, removes it (or puts back its previous text), prints the
 * problems and exits 1.
 */
export async function keepIfAccepted(
  written: WrittenFile,
  root: string,
  dir: string,
  now: Date,
  before: ContentTree,
): Promise<void> {
  // Loaded here, not above: --help and a usage mistake need none of the rules.
  const { checkContentTree } = await import('../rules/check-content.ts');
  // The tree the command read, with the written file read again.
  const tree = readContentTree(root, dir, withFileReadAgain(before.files, root, dir, written.path));
  // Only the written file's prose is read: a prose rule judges one file at a time, so the others' prose
  // cannot change what it says of this one; the content rules, which look across files, see the whole tree.
  const isWritten = (file: string) => resolve(root, file) === written.path;
  const checked = await checkContentTree(tree, { now, proseOf: isWritten });
  const mine = checked.files.filter((file) => isWritten(file.path));
  // The placeholders the command wrote are for the editor to replace: they keep the file from the build, not here.
  const refused = (d: Diagnostic) => d.severity === 'error' && d.ruleId !== 'plain/placeholder';
  if (!mine.some((file) => file.diagnostics.some(refused))) {
    // Kept, but a warning (a price of 45 cents, say) is for the editor to read now, not at the next build.
    if (mine.some((file) => file.diagnostics.length > 0)) {
      const { formatStylish } = await import('../rules/format/stylish.ts');
      console.error(formatStylish(mine));
      console.error(`${written.name}: kept; replace the placeholders and review the warnings above.`);
    }
    return;
  }
  if (written.previous === undefined) rmSync(written.path);
  else writeFileSync(written.path, written.previous);
  const { formatStylish } = await import('../rules/format/stylish.ts');
  console.error(formatStylish(mine));
  console.error(
    `${written.name}: the build would refuse this, so ` +
      `${written.previous === undefined ? 'the file was not kept' : 'the change was undone'}.`,
  );
  process.exit(1);
}
