import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/policy/same-day.ts';
import { treeReport } from '../../helpers/tree-check.ts';

describe('policy/same-day', () => {
  it('accepts the sample policies', async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });
  it('refuses two versions of a policy that take effect on the same day, at one of the two', async () => {
    const found = await treeReport(rule, (tree) => {
      const text = tree
        .read('policies/privacy/2026-06-01.mdx')
        .replace('effective: 2026-06-01', 'effective: 2025-03-01');
      tree.remove('policies/privacy/2026-06-01.mdx');
      tree.write('policies/privacy/2025-03-01-second.mdx', text);
    });
    expect(found).toEqual([
      {
        at: 'policies/privacy/2025-03-01.mdx:9:1',
        message: 'Another version takes effect on the same day (2025-03-01).',
      },
    ]);
  });
});
