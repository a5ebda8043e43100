import { hasPostmortem, updatesUntil } from '../../domain/status/component-status.ts';
import { defineContentRule } from '../rule.ts';
import { isEntryOf } from '../../reader/read-content.ts';

/** Days after resolution by which a major incident should have its postmortem. */
export const postmortemDays = 7;

export default defineContentRule({
  meta: {
    id: 'status/missing-postmortem',
    severity: 'warning',
    description: `A major or critical incident has a postmortem within ${postmortemDays} days of being resolved.`,
    rationale: 'Customers who lost service deserve to know why, and what changes so it does not happen again.',
    source: 'Google SRE book, "Postmortem culture"; Atlassian incident handbook',
    messages: {
      found:
        'This {{impact}} incident was resolved {{days}} days ago and has no postmortem. ' +
        'Write one below the front matter.',
    },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      entry(entry) {
        if (!isEntryOf(entry, 'incident')) return;
        const incident = entry.data;
        if (incident === undefined || (incident.impact !== 'major' && incident.impact !== 'critical')) return;
        const resolved = updatesUntil(incident, context.facts.now).find((update) => update.status === 'resolved');
        if (resolved === undefined) return;
        const days = Math.floor((context.facts.now.getTime() - Date.parse(resolved.at)) / 86_400_000);
        if (days <= postmortemDays || hasPostmortem(entry.body?.text)) return;
        context.report({ field: ['impact'], part: 'key', messageId: 'found', data: { impact: incident.impact, days } });
      },
    };
  },
});
