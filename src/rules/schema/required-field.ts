import { defineSchemaRule } from './schema-issues.ts';

export default defineSchemaRule({
  id: 'schema/required-field',
  severity: 'error',
  description: 'Every field the schema requires is there.',
  rationale: 'A plan without a price or a policy without an effective date cannot be published honestly.',
  source: 'Plainsight content schemas (src/schemas/)',
  examples: { bad: 'A plan without "price:".', good: 'price: { amount: 4500, currency: USD }' },
});
