import { isEntryOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'status/update-order',
    severity: 'error',
    description: 'The updates of an incident or a maintenance go oldest first.',
    rationale:
      'The timeline, the uptime and the API read updates in order; one out of place rewrites what happened when.',
    source: 'Atlassian Statuspage incident updates (created_at order)',
    messages: {
      found: 'Updates go oldest first: this one ({{at}}) is earlier than the one before it ({{previous}}).',
    },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      entry(entry) {
        const updates =
          isEntryOf(entry, 'incident') || isEntryOf(entry, 'maintenance') ? entry.data?.updates : undefined;
        updates?.forEach((update, index) => {
          const previous = updates[index - 1];
          if (previous === undefined || update.at >= previous.at) return;
          context.report({
            field: ['updates', index, 'at'],
            messageId: 'found',
            data: { at: update.at, previous: previous.at },
          });
        });
      },
    };
  },
});
