import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/policy/notice-period.ts';
import { treeDiagnostics, treeReport } from '../../helpers/tree-check.ts';

describe('policy/notice-period', () => {
  it('accepts the sample policies', async () => {
    expect(await treeDiagnostics(rule, () => {})).toEqual([]);
  });
  it('refuses a material change published with too little notice, at its published line', async () => {
    expect(
      await treeDiagnostics(rule, (t) =>
        t.replace('policies/refunds/2026-12-15.mdx', 'published: 2026-11-10', 'published: 2026-12-01'),
      ),
    ).toEqual(['policies/refunds/2026-12-15.mdx:10:1']);
  });
  it('says the earliest day the version may take effect', async () => {
    const [found] = await treeReport(rule, (t) =>
      t.replace('policies/refunds/2026-12-15.mdx', 'published: 2026-11-10', 'published: 2026-12-01'),
    );
    expect(found?.message).toContain(
      'published only 14 days before it takes effect. Published on 2026-12-01, it may take effect on 2026-12-31 ' +
        'at the earliest',
    );
  });
});
