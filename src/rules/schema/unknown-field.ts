import { defineSchemaRule } from './schema-issues.ts';

export default defineSchemaRule({
  id: 'schema/unknown-field',
  severity: 'error',
  description: 'Only fields the schema knows are written.',
  rationale: 'A misspelt field ("prise:") is silently ignored by a page; refusing it shows the editor the typo.',
  source: 'Plainsight content schemas (src/schemas/)',
  examples: { bad: 'prise: { amount: 4500, currency: USD }', good: 'price: { amount: 4500, currency: USD }' },
});
