import { entriesOf, validItems } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'fee/mandatory-mismatch',
    severity: 'error',
    description: 'A plan lists a fee as mandatory exactly when the fee list marks it mandatory.',
    rationale:
      'A mandatory fee is part of the all-in price; ' +
      'one listed as optional would be left out of the price customers compare.',
    source: 'US FTC Rule on Unfair or Deceptive Fees, 16 CFR 464.2 (total price); California SB 478',
    messages: {
      found:
        'The fee "{{id}}" is marked mandatory: {{mandatory}} in the fee catalogue, ' +
        'so it cannot be listed as {{list}} here.',
    },
    appliesTo: ['pricing'],
  },
  create(context) {
    return {
      tree(tree) {
        const fees = new Map(validItems(tree, 'fees').map((fee) => [fee.id, fee]));
        for (const entry of entriesOf(tree, 'plan')) {
          const plan = entry.data;
          if (plan === undefined) continue;
          for (const list of ['mandatory', 'optional'] as const) {
            plan.fees[list].forEach((id, index) => {
              const fee = fees.get(id);
              if (fee === undefined || fee.mandatory === (list === 'mandatory')) return;
              context.report({
                file: entry.source,
                field: ['fees', list, index],
                messageId: 'found',
                data: { id, mandatory: String(fee.mandatory), list },
              });
            });
          }
        }
      },
    };
  },
});
