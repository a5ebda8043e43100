import { readWordList } from '../phrase-rule.ts';
import { defineRule } from '../rule.ts';

const frequencyWords = new Set([
  'month',
  'months',
  'monthly',
  'year',
  'years',
  'yearly',
  'annual',
  'annually',
  'week',
  'weekly',
  'day',
  'daily',
  'quarter',
  'quarterly',
  'every',
  'per',
  'each',
]);

export default defineRule({
  meta: {
    id: 'fee/recurring-charge-incomplete',
    severity: 'error',
    description: 'A recurring charge says how much, how often, and how to cancel it.',
    rationale: 'A subscription whose amount, frequency or way out is missing is the classic "negative option" trap.',
    source: 'US FTC Negative Option Rule, 16 CFR 425; California Automatic Renewal Law, Bus. & Prof. Code 17602',
    messages: { found: 'A recurring charge without {{missing}}. Say how much, how often, and how to cancel.' },
    exemptInQuotations: true,
    examples: {
      bad: 'Your subscription renews automatically.',
      good: 'Your plan renews each month at $45 until you cancel online with one button.',
    },
  },
  create(context) {
    const { phrases } = readWordList('recurring-charge-terms');
    const found: Array<{ range: { start: number; end: number }; amount: boolean; frequency: boolean }> = [];
    let mentionsCancelling = false;
    return {
      sentence(sentence) {
        if (sentence.words.some((token) => token.value.startsWith('cancel'))) mentionsCancelling = true;
        const match = phrases.firstMatch(sentence.words);
        if (match === undefined) return;
        found.push({
          range: sentence.rangeOf(match.first, match.last),
          amount: sentence.words.some((token) => token.kind === 'money'),
          frequency: sentence.words.some((token) => frequencyWords.has(token.value)),
        });
      },
      document() {
        // How to cancel may be said anywhere in the document; amount and frequency belong with the charge.
        for (const charge of found) {
          const missing = [
            !charge.amount && 'its amount',
            !charge.frequency && 'how often',
            !mentionsCancelling && 'how to cancel',
          ].filter(Boolean) as string[];
          if (missing.length === 0) continue;
          context.report({
            range: charge.range,
            messageId: 'found',
            data: { missing: missing.join(', ').replace(/, ([^,]*)$/, ' or $1') },
          });
        }
      },
    };
  },
});
