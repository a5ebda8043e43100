import { defineRule } from '../../rule.ts';

/** Hours without an update after which an open incident looks abandoned. */
export const staleAfterHours = 24;

export default defineRule({
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
      document(document) {
        if (!/\/incidents\//.test(document.path)) return;
        const updates = (document.data as { updates?: Array<{ at?: unknown; status?: unknown }> } | undefined)?.updates;
        const last = Array.isArray(updates) ? updates.at(-1) : undefined;
        if (last === undefined || last.status === 'resolved' || typeof last.at !== 'string') return;
        const hours = Math.floor((context.facts.now.getTime() - Date.parse(last.at)) / 3_600_000);
        if (hours <= staleAfterHours) return;
        const at = document.source.lastIndexOf(last.at);
        context.report({
          range: { start: Math.max(0, at), end: Math.max(0, at) + last.at.length },
          messageId: 'found',
          data: { hours },
        });
      },
    };
  },
});
