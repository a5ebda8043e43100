import { formatMoney, minorUnitDigits } from '../../domain/pricing/money.ts';
import { entriesOf, singleData, validItemsOf } from '../../reader/read-content.ts';
import type { Money } from '../../schemas/money.ts';
import { defaultMinimumAmounts } from '../../schemas/site.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'fee/implausible-amount',
    severity: 'warning',
    description:
      "A plan's price and a fee are not implausibly small for the currency " +
      '(below minimumAmounts in site.yaml: by default 5.00 for a plan, 1.00 for a fee).',
    rationale:
      'Amounts are whole minor units, so "amount: 45" is 45 cents, not 45 dollars. ' +
      'A price a hundred times too small is published on every page, label and feed that shows it.',
    source: 'Plainsight: money is whole minor units (ISO 4217 minor units); US FCC broadband labels, 47 CFR 8.1',
    messages: {
      found:
        '{{what}} of {{amount}} is {{shown}}, which is implausibly small. Amounts are whole minor units, ' +
        'such as cents: did you mean {{meant}} ({{meantShown}})? If {{shown}} is right, set a lower ' +
        'minimumAmounts.{{key}} in site.yaml.',
      // A currency without minor units (JPY) cannot have been written in the wrong unit; only the size is in doubt.
      noMinorUnits:
        '{{what}} of {{amount}} is {{shown}}, which is implausibly small. If it is right, set a lower ' +
        'minimumAmounts.{{key}} in site.yaml.',
    },
    appliesTo: ['pricing'],
    examples: { bad: 'price: { amount: 45, currency: USD }', good: 'price: { amount: 4500, currency: USD }' },
  },
  create(context) {
    return {
      tree(tree) {
        const site = singleData(tree, 'site');
        const locale = site?.locale ?? 'en-US';
        const minimum = {
          plan: site?.minimumAmounts?.plan ?? defaultMinimumAmounts.plan,
          fee: site?.minimumAmounts?.fee ?? defaultMinimumAmounts.fee,
        };
        /** The report for an amount below its minimum, or undefined; zero is free, and meant. */
        const problem = (money: Money, key: 'plan' | 'fee', what: string) => {
          if (money.amount === 0 || money.amount >= minimum[key]) return undefined;
          const digits = minorUnitDigits(money.currency);
          const meant = { amount: money.amount * 10 ** digits, currency: money.currency };
          return {
            messageId: digits === 0 ? 'noMinorUnits' : 'found',
            data: {
              what,
              key,
              amount: money.amount,
              shown: formatMoney(money, locale),
              meant: meant.amount,
              meantShown: formatMoney(meant, locale),
            },
          };
        };
        for (const entry of entriesOf(tree, 'plan')) {
          const plan = entry.data;
          if (plan === undefined) continue;
          const prices: Array<[Money, string[], string]> = [[plan.price, ['price', 'amount'], 'A plan price']];
          if (plan.introductory)
            prices.push([plan.introductory.price, ['introductory', 'price', 'amount'], 'An introductory price']);
          for (const [money, field, what] of prices) {
            const found = problem(money, 'plan', what);
            if (found) context.report({ file: entry.source, field, ...found });
          }
        }
        const fees = entriesOf(tree, 'fees')[0];
        for (const { index, item } of validItemsOf(fees)) {
          const found = problem(item.amount, 'fee', `The fee "${item.id}"`);
          if (found && fees) context.report({ file: fees.source, field: [index, 'amount', 'amount'], ...found });
        }
      },
    };
  },
});
