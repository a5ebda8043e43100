import { entriesOf, validItems } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'fee/early-termination-fee',
    severity: 'error',
    description:
      "A plan's early-termination fee is a conditional fee from the fee list, listed in the plan's optional fees.",
    rationale:
      'The charge for leaving early is paid only by those who leave; ' +
      'as any other kind of fee it would be added to every bill or hidden from the label.',
    source: 'US FCC broadband labels, 47 CFR 8.1 (early termination fee)',
    messages: {
      found:
        'An early-termination fee is charged only when a customer leaves early: ' +
        '"{{id}}" must be a conditional fee in the catalogue and listed in this plan\'s fees.optional.',
    },
    appliesTo: ['pricing'],
  },
  create(context) {
    return {
      tree(tree) {
        const fees = new Map(validItems(tree, 'fees').map((fee) => [fee.id, fee]));
        for (const entry of entriesOf(tree, 'plan')) {
          const leaving = entry.data?.contract.earlyTerminationFee;
          const fee = leaving && fees.get(leaving.fee);
          if (leaving === undefined || fee === undefined) continue;
          if (fee.kind === 'conditional' && entry.data?.fees.optional.includes(leaving.fee)) continue;
          context.report({
            file: entry.source,
            field: ['contract', 'earlyTerminationFee', 'fee'],
            messageId: 'found',
            data: { id: leaving.fee },
          });
        }
      },
    };
  },
});
