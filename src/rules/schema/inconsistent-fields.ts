import { defineSchemaRule } from './schema-issues.ts';

export default defineSchemaRule({
  id: 'schema/inconsistent-fields',
  severity: 'error',
  description:
    'Fields that depend on each other agree: an introductory price below the regular one, ' +
    'a period for a recurring fee, a note for a refundable fee.',
  rationale: 'Each field can look right on its own while together they promise something impossible.',
  source: 'Plainsight content schemas (src/schemas/)',
  examples: {
    bad: 'kind: recurring (and no period)',
    good: 'kind: recurring\nperiod: month',
  },
});
