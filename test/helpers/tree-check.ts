/**
 * For rules that read more than one file (a policy's history, the clock):
 * break a copy of the sample content, check the whole tree, and return one
 * rule's diagnostics as "file:line:column".
 */
import { checkContentTree } from '../../src/check/check-content.ts';
import type { Rule } from '../../src/check/rule.ts';
import { ContentTree } from './content-tree.ts';

/** 2026-11-22T00:00:00Z, the sample content's "today". */
export const sampleNow = new Date('2026-11-22T00:00:00Z');

export function treeDiagnostics(rule: Rule, breakIt: (tree: ContentTree) => void, now: Date = sampleNow): string[] {
  const tree = new ContentTree();
  try {
    breakIt(tree);
    const result = checkContentTree(tree.dir, '.', { rules: [rule], now });
    return result.files.flatMap((file) => file.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`));
  } finally {
    tree.dispose();
  }
}
