import { isEntryOf } from '../../reader/read-content.ts';
import { updatesUntil } from '../../domain/status/component-status.ts';
import { defineContentRule } from '../rule.ts';

/** Hours without an update after which an open incident looks abandoned. */
export const staleAfterHours = 24;

export default defineContentRule({
  meta: {
    id: 'status/stale-incident',
    severity: 'warning',
    description: `An open incident gets an update at least every ${staleAfterHours} hours.`,
    rationale: 'Silence during an outage reads as "nobody is working on it".',
    source: 'Atlassian Statuspage incident communication guidance',
    messages: {
      found: 'This incident is still open and its last update is {{hours}} hours old. Post an update, or resolve it.',
    },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      entry(entry) {
        if (!isEntryOf(entry, 'incident')) return;
        if (entry.data === undefined) return;
        // What customers see at this moment: updates posted later are not there yet.
        const updates = updatesUntil(entry.data, context.facts.now);
        const last = updates.at(-1);
        if (last === undefined || last.status === 'resolved') return;
        const hours = Math.floor((context.facts.now.getTime() - Date.parse(last.at)) / 3_600_000);
        if (hours <= staleAfterHours) return;
        context.report({ field: ['updates', updates.length - 1, 'at'], messageId: 'found', data: { hours } });
      },
    };
  },
});
