import { defineSchemaRule } from './schema-issues.ts';

export default defineSchemaRule({
  id: 'schema/wrong-type',
  severity: 'error',
  description: 'Every field holds the type of value the schema says: text, a whole number, a list, a group of fields.',
  rationale: 'A price written as text or a list written as one value would break the page or show a wrong number.',
  source: 'Plainsight content schemas (src/schemas/)',
  examples: { bad: 'months: twelve', good: 'months: 12' },
});
