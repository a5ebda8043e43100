import { isEntryOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'status/window-order',
    severity: 'error',
    description: 'A maintenance window ends after it starts.',
    rationale: 'A window that ends before it starts tells customers nothing about when to expect the work.',
    source: 'Atlassian Statuspage scheduled maintenance (scheduled_for, scheduled_until)',
    messages: { found: 'The window must end after it starts ({{start}}).' },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      entry(entry) {
        if (!isEntryOf(entry, 'maintenance') || entry.data === undefined) return;
        const { scheduledStart, scheduledEnd } = entry.data;
        if (Date.parse(scheduledEnd) > Date.parse(scheduledStart)) return;
        context.report({ field: ['scheduledEnd'], messageId: 'found', data: { start: scheduledStart } });
      },
    };
  },
});
