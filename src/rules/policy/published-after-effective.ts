import { isEntryOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'policy/published-after-effective',
    severity: 'error',
    description: 'A version is published on or before the day it takes effect.',
    rationale: 'Terms that bind customers before anyone could read them are terms nobody agreed to.',
    source: 'EU Directive 93/13/EEC, Annex 1(i) (terms the consumer had no real opportunity to know)',
    messages: { found: 'A version cannot be published ({{published}}) after it takes effect ({{effective}}).' },
    appliesTo: ['policy'],
  },
  create(context) {
    return {
      entry(entry) {
        if (!isEntryOf(entry, 'policy-version') || entry.data === undefined) return;
        const { published, effective } = entry.data;
        if (published <= effective) return;
        context.report({ field: ['published'], messageId: 'found', data: { published, effective } });
      },
    };
  },
});
