import { defineRule } from '../../rule.ts';
import { fieldRange } from '../../field-range.ts';

export default defineRule({
  meta: {
    id: 'plain/missing-summary',
    severity: 'error',
    description: 'A policy opens with a one- or two-sentence summary and 3 to 7 key points.',
    rationale: 'Most readers read only the top of a policy; the short version must be there, not buried.',
    source:
      'ISO 24495-1:2023, principle 2 (readers can find what they need); US Federal Plain Language Guidelines, "Put the most important information first"',
    messages: {
      summary: 'This policy has no summary. Add "summary": one or two plain sentences.',
      keyPoints: 'This policy has {{count}} key points; give 3 to 7 in "keyPoints": the short version.',
    },
    appliesTo: ['policy'],
  },
  create(context) {
    return {
      document(document) {
        // Plain Markdown without front matter (checked with --kind policy) skips this rule.
        const data = document.data as { summary?: unknown; keyPoints?: unknown } | undefined;
        if (data === undefined || data === null || typeof data !== 'object') return;
        if (typeof data.summary !== 'string' || data.summary.trim() === '') {
          context.report({ range: fieldRange(document, 'title'), messageId: 'summary' });
        }
        const count = Array.isArray(data.keyPoints) ? data.keyPoints.length : 0;
        if (count < 3 || count > 7)
          context.report({
            range: fieldRange(document, Array.isArray(data.keyPoints) ? 'keyPoints' : 'title'),
            messageId: 'keyPoints',
            data: { count },
          });
      },
    };
  },
});
