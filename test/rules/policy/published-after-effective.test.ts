import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/policy/published-after-effective.ts';
import { treeReport } from '../../helpers/tree-check.ts';

describe('policy/published-after-effective', () => {
  it('accepts the sample policies', async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });
  it('refuses a version published after it takes effect, at its published date', async () => {
    const found = await treeReport(rule, (tree) =>
      tree.replace('policies/privacy/2026-06-01.mdx', 'published: 2026-04-20', 'published: 2026-06-02'),
    );
    expect(found).toEqual([
      {
        at: 'policies/privacy/2026-06-01.mdx:11:12',
        message: 'A version cannot be published (2026-06-02) after it takes effect (2026-06-01).',
      },
    ]);
  });
});
