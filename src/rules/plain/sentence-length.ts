import { defineRule } from '../rule.ts';

/** The most words a sentence may have before it is hard to follow. */
export const maxSentenceWords = 40;

export default defineRule({
  meta: {
    id: 'plain/sentence-length',
    severity: 'warning',
    description: `Sentences stay under ${maxSentenceWords} words.`,
    rationale: 'Long sentences are where conditions and exceptions hide; readers lose the thread.',
    source: 'US Federal Plain Language Guidelines, "Write short sentences"; ISO 24495-1:2023',
    messages: { found: 'This sentence has {{count}} words; split it (at most {{max}}).' },
    examples: {
      bad: 'A sentence that goes on and on, with condition after condition…',
      good: 'One idea per sentence.',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        const words = sentence.words.filter((token) => token.kind !== 'symbol');
        if (words.length > maxSentenceWords) {
          context.report({
            range: sentence.range,
            messageId: 'found',
            data: { count: words.length, max: maxSentenceWords },
          });
        }
      },
    };
  },
});
