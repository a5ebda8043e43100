import { isEntryOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'paper/updated-before-published',
    severity: 'error',
    description: 'A paper is updated after it was published, never before.',
    rationale: 'A revision dated before the first edition tells readers the paper is older than it is.',
    source: 'Plainsight: dates on papers say how old they are (schema.org dateModified after datePublished)',
    messages: { found: 'A paper cannot be updated ({{updated}}) before it was published ({{published}}).' },
    appliesTo: ['paper'],
  },
  create(context) {
    return {
      entry(entry) {
        if (!isEntryOf(entry, 'paper') || entry.data?.updated === undefined) return;
        const { updated, published } = entry.data;
        if (updated >= published) return;
        context.report({ field: ['updated'], messageId: 'found', data: { updated, published } });
      },
    };
  },
});
