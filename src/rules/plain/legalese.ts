import { readWordList } from '../word-list.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'plain/legalese',
    severity: 'error',
    description: 'Plain words instead of legal jargon.',
    rationale: 'Legal words make customers feel the text is not written for them, and hide what it means.',
    source: 'ISO 24495-1:2023 (plain language); US Federal Plain Language Guidelines, "Use simple words"',
    messages: { found: 'Legalese: write "{{plain}}" instead of "{{phrase}}".' },
    appliesTo: ['policy', 'pricing', 'status', 'site'],
    examples: {
      bad: 'Pursuant to this agreement, the customer shall pay monthly.',
      good: 'Under this agreement, you pay monthly.',
    },
  },
  create(context) {
    const { phrases, swap } = readWordList('legalese');
    return {
      sentence(sentence) {
        for (const match of phrases.matchAll(sentence.words)) {
          context.report({
            range: sentence.rangeOf(match.first, match.last),
            messageId: 'found',
            data: {
              phrase: sentence.text.slice(match.first.start, match.last.end),
              plain: swap.get(match.pattern.source) ?? '',
            },
          });
        }
      },
    };
  },
});
