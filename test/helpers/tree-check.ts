/**
 * For rules that read more than one file or the data of an entry (a policy's
 * history, a plan's channels, the clock): break a copy of the sample content,
 * check the whole tree with the real reader and engine, and return one
 * rule's diagnostics as "file:line:column".
 */
import { checkContent } from '../../src/rules/check-content.ts';
import type { Rule } from '../../src/rules/rule.ts';
import { ContentTree } from './content-tree.ts';

/** 2026-11-22T00:00:00Z, the sample content's "today". */
export const sampleNow = new Date('2026-11-22T00:00:00Z');

/** One rule's diagnostics on a broken copy of the sample content, with their messages. */
export async function treeReport(
  rule: Rule,
  breakIt: (tree: ContentTree) => void,
  now: Date = sampleNow,
): Promise<Array<{ at: string; message: string }>> {
  const tree = new ContentTree();
  try {
    breakIt(tree);
    const result = await checkContent(tree.dir, '.', { rules: [rule], now });
    return result.files.flatMap((file) =>
      file.diagnostics
        .filter((d) => d.ruleId === rule.meta.id)
        .map((d) => ({ at: `${d.file}:${d.line}:${d.column}`, message: d.message })),
    );
  } finally {
    tree.dispose();
  }
}

/** One rule's diagnostics on a broken copy of the sample content, as "file:line:column". */
export async function treeDiagnostics(
  rule: Rule,
  breakIt: (tree: ContentTree) => void,
  now: Date = sampleNow,
): Promise<string[]> {
  return (await treeReport(rule, breakIt, now)).map((d) => d.at);
}
