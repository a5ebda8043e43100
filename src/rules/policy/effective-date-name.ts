import { isEntryOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'policy/effective-date-name',
    severity: 'error',
    description: "Each version's file is named after the day it takes effect.",
    rationale:
      "The file name is the version's permanent address (/policies/<policy>/<date>/); " +
      'a name that says another day would send readers to the wrong terms.',
    source: 'Plainsight: policies keep every version at a permanent address',
    suppressible: false,
    messages: {
      found:
        'The file is named "{{stem}}" but takes effect on {{effective}}; ' +
        "name each version's file after its effective date ({{effective}}.mdx).",
    },
    appliesTo: ['policy'],
    examples: {
      bad: 'policies/refunds/latest.mdx with effective: 2026-12-15',
      good: 'policies/refunds/2026-12-15.mdx',
    },
  },
  create(context) {
    return {
      entry(entry) {
        if (!isEntryOf(entry, 'policy-version') || entry.data === undefined) return;
        if (entry.source.stem === entry.data.effective) return;
        context.report({
          field: ['effective'],
          messageId: 'found',
          data: { stem: entry.source.stem, effective: entry.data.effective },
        });
      },
    };
  },
});
