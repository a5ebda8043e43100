import { defineRule } from '../../rule.ts';
import { fieldRange } from '../../field-range.ts';

/** Days after resolution by which a major incident should have its postmortem. */
export const postmortemDays = 7;

export default defineRule({
  meta: {
    id: 'status/missing-postmortem',
    severity: 'warning',
    description: `A major or critical incident has a postmortem within ${postmortemDays} days of being resolved.`,
    rationale: 'Customers who lost service deserve to know why, and what changes so it does not happen again.',
    source: 'Google SRE book, "Postmortem culture"; Atlassian incident handbook',
    messages: {
      found:
        'This {{impact}} incident was resolved {{days}} days ago and has no postmortem. Write one below the front matter.',
    },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      document(document) {
        if (!/\/incidents\//.test(document.path)) return;
        const data = document.data as
          { impact?: unknown; updates?: Array<{ at?: unknown; status?: unknown }> } | undefined;
        if (data?.impact !== 'major' && data?.impact !== 'critical') return;
        const resolved = data.updates?.find((update) => update.status === 'resolved');
        if (resolved === undefined || typeof resolved.at !== 'string') return;
        const days = Math.floor((context.facts.now.getTime() - Date.parse(resolved.at)) / 86_400_000);
        const hasBody = document.blocks.some((block) => block.field === '');
        if (days <= postmortemDays || hasBody) return;
        context.report({
          range: fieldRange(document, 'impact'),
          messageId: 'found',
          data: { impact: data.impact, days },
        });
      },
    };
  },
});
