import { defineSchemaRule } from './schema-issues.ts';

export default defineSchemaRule({
  id: 'schema/invalid-value',
  severity: 'error',
  description:
    'Every value is one the field allows: a real date, a known currency, an id in the right form, ' +
    'one of the listed options, within its limits.',
  rationale:
    'A date such as 2026-02-30 or a currency such as "Dollars" would be shown as something else, or not at all.',
  source: 'Plainsight content schemas (src/schemas/); ISO 8601; ISO 4217',
  examples: { bad: 'effective: 2026-02-30', good: 'effective: 2026-03-01' },
});
