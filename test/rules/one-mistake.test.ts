/**
 * One mistake, one problem: an editor's slip is reported once, by the rule
 * that names it, and does not flood the report with its consequences nor
 * silence the other rules on the same file.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check-content.ts';
import { ContentTree } from '../helpers/content-tree.ts';
import { sampleNow } from '../helpers/tree-check.ts';

/** Every problem of a broken copy of the sample content, as "file:line rule". */
async function problems(breakIt: (tree: ContentTree) => void): Promise<string[]> {
  const tree = new ContentTree();
  try {
    breakIt(tree);
    const result = await checkContent(tree.dir, '.', { now: sampleNow });
    return result.files.flatMap((file) => file.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`));
  } finally {
    tree.dispose();
  }
}

describe('one mistake, one problem', () => {
  it('an unclosed bracket in YAML is one syntax error, not one per line below it', async () => {
    expect(
      await problems((t) =>
        t.replace('pricing/fees.yaml', '  amount: { amount: 150,', '  bad: [unclosed\n  amount: { amount: 150,'),
      ),
    ).toEqual(['pricing/fees.yaml:18 parse/yaml']);
  });

  it('a fee written as a decimal is not priced at the cents YAML reads', async () => {
    expect(
      await problems((t) => t.replace('pricing/fees.yaml', 'amount: { amount: 150,', 'amount: { amount: 1.50,')),
    ).toEqual(['pricing/fees.yaml:17 schema/decimal-money']);
  });

  it('a fee list that cannot be read makes no <Fee> in prose unknown', async () => {
    const found = await problems((t) => t.write('pricing/fees.yaml', `${t.read('pricing/fees.yaml')}\n  - : :\n`));
    expect(found.filter((problem) => problem.includes('fee/pricing-component'))).toEqual([]);
    expect(found).toEqual(['pricing/fees.yaml:113 parse/yaml']);
  });

  it('a missing field that takes one of a list is "required", not "not allowed"', async () => {
    expect(await problems((t) => t.replace('status/incidents/2026-09-03-dns-slow.md', 'impact: minor\n', ''))).toEqual([
      'status/incidents/2026-09-03-dns-slow.md:2 schema/required-field',
    ]);
  });

  it('a version published after it takes effect is that problem only, not also short notice', async () => {
    expect(
      await problems((t) =>
        t.replace('policies/privacy/2026-06-01.mdx', 'published: 2026-04-20', 'published: 2026-06-06'),
      ),
    ).toEqual(['policies/privacy/2026-06-01.mdx:11 policy/published-after-effective']);
  });

  it('two files that are the same entry (x.md and x.mdx) are refused, not one of them dropped', async () => {
    expect(
      await problems((t) =>
        t.write('status/incidents/2026-09-03-dns-slow.mdx', t.read('status/incidents/2026-09-03-dns-slow.md')),
      ),
    ).toEqual(['status/incidents/2026-09-03-dns-slow.mdx:1 reference/duplicate-id']);
  });

  it('a misspelt field leaves the rest of the entry to the other rules', async () => {
    const found = await problems((t) => {
      t.replace('pricing/plans/fiber-300.yaml', 'order: 1', 'order: 1\nordr: 4');
      t.replace('pricing/plans/fiber-300.yaml', 'channels: [online, phone, chat, email, store]', 'channels: [phone]');
    });
    expect(found).toEqual([
      'pricing/plans/fiber-300.yaml:4 schema/unknown-field',
      'pricing/plans/fiber-300.yaml:18 gotcha/cancellation-channels',
    ]);
  });
});
