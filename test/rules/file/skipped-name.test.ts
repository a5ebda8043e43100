import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/file/skipped-name.ts';
import nameRule from '../../../src/rules/file/name.ts';
import { treeReport } from '../../helpers/tree-check.ts';

describe('file/skipped-name', () => {
  it('accepts the sample content', async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });
  it('refuses a content file whose name starts with ".", which the build skips', async () => {
    const found = await treeReport(rule, (tree) =>
      tree.write('status/incidents/.hidden.md', tree.read('status/incidents/2026-09-03-dns-slow.md')),
    );
    expect(found).toEqual([
      { at: 'status/incidents/.hidden.md:1:1', message: expect.stringContaining('skipped by the build') },
    ]);
  });
  it('leaves a name starting with "_" to file/name: the build publishes it, at no address', async () => {
    const draft = (tree: Parameters<Parameters<typeof treeReport>[1]>[0]) =>
      tree.write('papers/_draft.mdx', tree.read('papers/our-year-in-outages.mdx'));
    expect(await treeReport(rule, draft)).toEqual([]);
    expect((await treeReport(nameRule, draft)).map((d) => d.at)).toEqual(['papers/_draft.mdx:1:1']);
  });
});
