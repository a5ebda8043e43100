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
  it.each<[string, (body: string) => string]>([
    ['rewords a heading', (body) => body.replace('Use as much as you like', 'Use as much as you wish')],
    [
      'makes an apostrophe typographic',
      (body) => body.replace("other people's computers", 'other people\u2019s computers'),
    ],
    [
      'rewords a clumsy sentence',
      (body) =>
        body.replace(
          'We write to you with what we saw and when, and ask you to stop.',
          'We write to tell you what we saw and when, and we ask you to stop.',
        ),
    ],
  ])('accepts an editorial change that %s', async (_kind, edit) => {
    expect(await treeDiagnostics(rule, addEditorialVersion(edit))).toEqual([]);
  });
  it.each<[string, (body: string) => string]>([
    ['drops a quantifier', (body) => body.replace('We pause a line at once only if', 'We pause a line at once if')],
    ['changes a deadline word', (body) => body.replace('right now', 'before now')],
    ['deletes a bullet', (body) => body.replace('- send spam;\n', '')],
    [
      'deletes a sentence',
      (body) => body.replace(' Often the cause is a hacked device at home, and we help you find it.', ''),
    ],
    ['makes a promise rarer', (body) => body.replace('Often the cause', 'Sometimes the cause')],
  ])('refuses an editorial change that %s', async (_kind, edit) => {
    expect(await treeDiagnostics(rule, addEditorialVersion(edit))).toEqual(['policies/fair-use/2026-12-01.mdx:11:1']);
  });
  it('refuses an editorial change that drops a negation, at its changeType line', async () => {
    const result = await treeDiagnostics(
      rule,
      addEditorialVersion((body) => body.replace('We never slow down your line', 'We slow down your line')),
    );
    expect(result).toEqual(['policies/fair-use/2026-12-01.mdx:11:1']);
  });
});
