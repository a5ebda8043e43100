import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/policy/missing-changes.ts';
import { treeDiagnostics } from '../../helpers/tree-check.ts';

describe('policy/missing-changes', () => {
  it('accepts the sample policies', async () => {
    expect(await treeDiagnostics(rule, () => {})).toEqual([]);
  });
  it('refuses a later version that does not say what changed', async () => {
    const result = await treeDiagnostics(rule, (t) => {
      const text = t.read('policies/privacy/2026-06-01.mdx');
      t.write('policies/privacy/2026-06-01.mdx', text.replace(/changes:\n( {2}.*\n)+/, ''));
    });
    expect(result).toEqual(['policies/privacy/2026-06-01.mdx:2:1']);
  });
  it('refuses "changes" on a first version', async () => {
    const result = await treeDiagnostics(rule, (t) =>
      t.replace(
        'policies/fair-use/2025-03-01.mdx',
        'changeType: material\n',
        'changeType: material\nchanges:\n  what: Nothing.\n  why: No reason.\n',
      ),
    );
    expect(result).toEqual(['policies/fair-use/2025-03-01.mdx:12:1']);
  });
});
