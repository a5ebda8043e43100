import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/policy/editorial-change.ts';
import type { ContentTree } from '../../helpers/content-tree.ts';
import { treeDiagnostics } from '../../helpers/tree-check.ts';

/** Adds a new fair-use version, marked editorial, whose body is `edit` applied to the current one. */
const addEditorialVersion = (edit: (body: string) => string) => (t: ContentTree) => {
  const current = t.read('policies/fair-use/2025-03-01.mdx');
  const [, front = '', body = ''] = current.split('---\n');
  const newFront = front
    .replace('effective: 2025-03-01', 'effective: 2026-12-01')
    .replace('published: 2025-01-15', 'published: 2026-11-20')
    .replace(
      'changeType: material',
      'changeType: editorial\nchanges:\n  what: Clearer wording.\n  why: Readers asked.',
    );
  t.write('policies/fair-use/2026-12-01.mdx', `---\n${newFront}---\n${edit(body)}`);
};

describe('policy/editorial-change', () => {
  it('accepts an editorial change that only rewords', async () => {
    expect(
      await treeDiagnostics(
        rule,
        addEditorialVersion((body) => body.replace('Use as much as you like', 'Use all you want')),
      ),
    ).toEqual([]);
  });
  it('refuses an editorial change that drops a negation, at its changeType line', async () => {
    const result = await treeDiagnostics(
      rule,
      addEditorialVersion((body) => body.replace('We never slow down your line', 'We slow down your line')),
    );
    expect(result).toEqual(['policies/fair-use/2026-12-01.mdx:11:1']);
  });
});
