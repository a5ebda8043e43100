import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/fee/implausible-amount.ts';
import { checkContent } from '../../../src/rules/check-content.ts';
import { ContentTree } from '../../helpers/content-tree.ts';
import { sampleNow, treeReport } from '../../helpers/tree-check.ts';

const fees = 'pricing/fees.yaml';
const plan = 'pricing/plans/fiber-300.yaml';
const introPlan = 'pricing/plans/fiber-1000.yaml';
const addToSite = (tree: ContentTree, yaml: string) => tree.write('site.yaml', `${tree.read('site.yaml')}${yaml}\n`);

describe('fee/implausible-amount', () => {
  it('accepts the sample prices and fees, down to a 1.00 fee', async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });

  it.each([
    {
      name: "a plan's price of 45 (cents), at its amount",
      file: plan,
      from: 'price: { amount: 4500, currency: USD }',
      to: 'price: { amount: 45, currency: USD }',
      at: `${plan}:4:18`,
      message:
        'A plan price of 45 is $0.45, which is implausibly small. Amounts are whole minor units, such as cents: ' +
        'did you mean 4500 ($45.00)? If $0.45 is right, set a lower minimumAmounts.plan in site.yaml.',
    },
    {
      name: 'an introductory price of 55',
      file: introPlan,
      from: '  price: { amount: 5500, currency: USD }',
      to: '  price: { amount: 55, currency: USD }',
      at: `${introPlan}:7:20`,
      message: 'An introductory price of 55 is $0.55, which is implausibly small.',
    },
    {
      name: 'a fee of 75',
      file: fees,
      from: 'amount: { amount: 7500, currency: USD }',
      to: 'amount: { amount: 75, currency: USD }',
      at: `${fees}:7:21`,
      message: 'The fee "installation" of 75 is $0.75, which is implausibly small.',
    },
  ])('warns about $name', async ({ file, from, to, at, message }) => {
    const found = await treeReport(rule, (tree) => tree.replace(file, from, to));
    expect(found).toEqual([{ at, message: expect.stringContaining(message) }]);
  });

  it('takes a plan of 4500 and a price of zero (free) as meant', async () => {
    const found = await treeReport(rule, (tree) => {
      tree.replace(plan, 'price: { amount: 4500, currency: USD }', 'price: { amount: 0, currency: USD }');
      tree.replace(introPlan, 'price: { amount: 7000, currency: USD }', 'price: { amount: 4500, currency: USD }');
    });
    expect(found).toEqual([]);
  });

  it('reads its thresholds from minimumAmounts in site.yaml, key by key', async () => {
    const lower = await treeReport(rule, (tree) => {
      tree.replace(plan, 'price: { amount: 4500, currency: USD }', 'price: { amount: 45, currency: USD }');
      addToSite(tree, 'minimumAmounts: { plan: 40 }');
    });
    expect(lower).toEqual([]);
    // The 911 charge (1.50) and paper bill (1.00) are under a fee minimum of 2.00; plans keep their default.
    const higher = await treeReport(rule, (tree) => {
      tree.replace(plan, 'price: { amount: 4500, currency: USD }', 'price: { amount: 45, currency: USD }');
      addToSite(tree, 'minimumAmounts: { fee: 200 }');
    });
    expect(higher.map((d) => d.at)).toEqual([`${fees}:17:21`, `${fees}:48:21`, `${plan}:4:18`]);
    expect(higher[0]?.message).toContain('The fee "emergency-911" of 150 is $1.50');
    expect(higher[0]?.message).toContain('set a lower minimumAmounts.fee in site.yaml');
  });

  it('is a warning: the check still passes', async () => {
    const tree = new ContentTree();
    try {
      tree.replace(plan, 'price: { amount: 4500, currency: USD }', 'price: { amount: 45, currency: USD }');
      const result = await checkContent(tree.dir, '.', { now: sampleNow });
      const found = result.files.flatMap((file) => file.diagnostics).filter((d) => d.ruleId === rule.meta.id);
      expect(found.map((d) => d.severity)).toEqual(['warning']);
      expect(result.errors).toBe(0);
    } finally {
      tree.dispose();
    }
  });

  it('refuses a minimum that is not a whole number of minor units', async () => {
    const tree = new ContentTree();
    try {
      addToSite(tree, 'minimumAmounts: { plan: 4.5 }');
      const result = await checkContent(tree.dir, '.', { now: sampleNow });
      const found = result.files.flatMap((file) => file.diagnostics).filter((d) => d.file === 'site.yaml');
      expect(found.map((d) => [d.ruleId, d.field])).toEqual([['schema/wrong-type', 'minimumAmounts.plan']]);
    } finally {
      tree.dispose();
    }
  });
});
