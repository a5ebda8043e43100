import { isEntryOf } from '../../reader/read-content.ts';
import { IncidentStatusSchema } from '../../schemas/incident.ts';
import { MaintenanceStatusSchema } from '../../schemas/maintenance.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'status/status-backwards',
    severity: 'error',
    description: 'An incident or maintenance never moves backwards: investigating, identified, monitoring, resolved.',
    rationale:
      'A resolved incident that becomes "investigating" again reads as a new outage hidden in an old record; ' +
      'it should be said plainly.',
    source: 'Atlassian Statuspage incident lifecycle',
    messages: {
      found:
        'The status goes backwards, from "{{previous}}" to "{{status}}". If the problem came back, ' +
        'say so in a new update with the later status, or open a new incident.',
    },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      entry(entry) {
        const order: readonly string[] | undefined = isEntryOf(entry, 'incident')
          ? IncidentStatusSchema.options
          : isEntryOf(entry, 'maintenance')
            ? MaintenanceStatusSchema.options
            : undefined;
        const updates =
          isEntryOf(entry, 'incident') || isEntryOf(entry, 'maintenance') ? entry.data?.updates : undefined;
        if (order === undefined || updates === undefined) return;
        updates.forEach((update, index) => {
          const previous = updates[index - 1];
          if (previous === undefined || order.indexOf(update.status) >= order.indexOf(previous.status)) return;
          context.report({
            field: ['updates', index, 'status'],
            messageId: 'found',
            data: { previous: previous.status, status: update.status },
          });
        });
      },
    };
  },
});
