import { defineContentRule } from '../rule.ts';
import { formatFieldPath } from '../diagnostic.ts';

export default defineContentRule({
  meta: {
    id: 'schema/decimal-money',
    severity: 'error',
    description: 'Money is written in whole minor units (cents), never as a decimal.',
    rationale:
      'YAML reads 45.00 as the number 45: 45 cents where the editor meant $45. ' +
      'Whole cents leave no room for that mistake or for rounding.',
    source: 'Plainsight content schemas (src/schemas/money.ts)',
    suppressible: false,
    messages: { found: 'Money is whole minor units (cents): write {{cents}} for {{written}}, not a decimal.' },
    examples: { bad: 'amount: 45.00', good: 'amount: 4500' },
  },
  create(context) {
    return {
      entry(entry) {
        const url = entry.source.layout?.docs;
        for (const { path, source } of entry.decimalMoney) {
          context.report({
            field: path,
            messageId: 'found',
            data: { cents: Math.round(Number(source) * 100), written: source, field: formatFieldPath(path) },
            ...(url ? { url } : {}),
          });
        }
      },
    };
  },
});
