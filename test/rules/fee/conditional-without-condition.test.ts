import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/fee/conditional-without-condition.ts';
import { treeReport } from '../../helpers/tree-check.ts';

const fees = 'pricing/fees.yaml';
const lateFee = 'appliesWhen: Once per bill, if a bill is still unpaid 15 days after its due date.';

describe('fee/conditional-without-condition', () => {
  it('accepts the sample fees: every conditional one names its trigger (if, when, only)', async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
  });
  it('accepts a recurring fee without a trigger', async () => {
    const found = await treeReport(rule, (tree) =>
      tree.replace(fees, 'appliesWhen: Every month while you rent', 'appliesWhen: Monthly while you rent'),
    );
    expect(found).toEqual([]);
  });
  it('refuses a conditional fee that does not say when it is charged, at its appliesWhen', async () => {
    const found = await treeReport(rule, (tree) =>
      tree.replace(fees, lateFee, 'appliesWhen: Applies to some accounts.'),
    );
    expect(found).toEqual([
      { at: `${fees}:61:3`, message: expect.stringContaining('The conditional fee "late-payment" does not say when') },
    ]);
  });
  it('judges the other fees when one fee of the list is invalid', async () => {
    const found = await treeReport(rule, (tree) => {
      tree.replace(fees, lateFee, 'appliesWhen: Sometimes.');
      tree.replace(fees, 'amount: { amount: 7500, currency: USD }', 'amount: { amount: -1, currency: USD }');
    });
    expect(found.map((d) => d.at)).toEqual([`${fees}:61:3`]);
  });
});
