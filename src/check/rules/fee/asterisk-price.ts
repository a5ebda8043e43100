import { defineRule } from '../../rule.ts';

const markers = new Set(['*', '†', '‡', '¹', '²', '³', '⁴', '⁵']);

export default defineRule({
  meta: {
    id: 'fee/asterisk-price',
    severity: 'error',
    description: 'A price carries no asterisk or footnote: its conditions stand beside it.',
    rationale: 'An asterisk on a price sends the real terms to the fine print.',
    source: 'UK CAP Code 3.9–3.10; US FTC .com Disclosures guide (2013)',
    messages: { found: 'The price {{amount}} points to a footnote. Put its conditions in the same sentence.' },
    exemptInQuotations: true,
    examples: { bad: 'Only $30 a month*', good: '$30 a month for 6 months, then $45 a month.' },
  },
  create(context) {
    return {
      sentence(sentence) {
        sentence.tokens.forEach((token, index) => {
          if (token.kind !== 'money') return;
          // The marker may follow the amount directly or after the period word ("$30/mo*").
          const next = sentence.tokens.slice(index + 1, index + 4).find((t) => t.kind === 'symbol' && markers.has(t.value));
          if (next === undefined) return;
          const between = sentence.text.slice(token.end, next.start);
          if (between.length > 8) return;
          context.report({ range: sentence.rangeOf(token, next), messageId: 'found', data: { amount: token.raw } });
        });
      },
    };
  },
});
