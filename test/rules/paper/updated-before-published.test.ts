import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/paper/updated-before-published.ts';
import { treeReport } from '../../helpers/tree-check.ts';

describe('paper/updated-before-published', () => {
  it('accepts the sample papers, one of them updated after it was published', async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });
  it('refuses a paper updated before it was published, at its updated date', async () => {
    const found = await treeReport(rule, (tree) =>
      tree.replace('papers/how-we-set-our-prices.mdx', 'updated: 2026-09-15', 'updated: 2026-05-01'),
    );
    expect(found).toEqual([
      {
        at: 'papers/how-we-set-our-prices.mdx:6:10',
        message: 'A paper cannot be updated (2026-05-01) before it was published (2026-06-02).',
      },
    ]);
  });
});
