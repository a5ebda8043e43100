import { defineRule } from '../../rule.ts';
import { fieldRange } from '../../field-range.ts';

export default defineRule({
  meta: {
    id: 'status/maintenance-without-end',
    severity: 'error',
    description: 'Planned maintenance says when it ends.',
    rationale: 'Customers plan around a window; a window without an end is an open-ended outage.',
    source: 'Atlassian Statuspage scheduled maintenance (scheduled_for, scheduled_until)',
    messages: { found: 'This maintenance has no "scheduledEnd": say when the work will be finished.' },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      document(document) {
        if (!/\/maintenance\//.test(document.path)) return;
        const data = document.data as { scheduledEnd?: unknown } | undefined;
        if (data === undefined || data === null) return;
        if (data.scheduledEnd === undefined || data.scheduledEnd === null || data.scheduledEnd === '') {
          context.report({ range: fieldRange(document, 'scheduledStart'), messageId: 'found' });
        }
      },
    };
  },
});
