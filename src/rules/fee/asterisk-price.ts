import { defineRule } from '../rule.ts';

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
    // A marker after a full stop ("$45.*") starts the next sentence: remember
    // the amount that ended the previous one.
    let amountEndingPrevious: { range: { start: number; end: number }; raw: string } | undefined;
    return {
      sentence(sentence) {
        const opening = sentence.tokens[0];
        if (amountEndingPrevious && opening?.kind === 'symbol' && markers.has(opening.value)) {
          context.report({
            range: amountEndingPrevious.range,
            messageId: 'found',
            data: { amount: amountEndingPrevious.raw },
          });
        }
        const lastWord = sentence.words.at(-1);
        const afterLast = lastWord ? sentence.tokens.slice(sentence.tokens.indexOf(lastWord) + 1) : [];
        amountEndingPrevious =
          lastWord?.kind === 'money' && afterLast.every((t) => t.value === '.')
            ? { range: sentence.rangeOf(lastWord, lastWord), raw: lastWord.raw }
            : undefined;
        sentence.tokens.forEach((token, index) => {
          if (token.kind !== 'money') return;
          // The marker may follow the amount directly or after the period word ("$30/mo*").
          const next = sentence.tokens
            .slice(index + 1, index + 4)
            .find((t) => t.kind === 'symbol' && markers.has(t.value));
          if (next === undefined) return;
          const between = sentence.text.slice(token.end, next.start);
          if (between.length > 8) return;
          context.report({ range: sentence.rangeOf(token, next), messageId: 'found', data: { amount: token.raw } });
        });
      },
    };
  },
});
