import { discloses } from '../disclosures.ts';
import { readWordList } from '../word-list.ts';
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
    const stopping = readWordList('recurring-charge-stop').phrases;
    const notCharged = readWordList('recurring-charge-none').phrases;
    const found: Array<{ range: { start: number; end: number }; amount: boolean; frequency: boolean }> = [];
    let mentionsCancelling = false;
    return {
      sentence(sentence) {
        if (stopping.firstMatch(sentence.words) !== undefined) mentionsCancelling = true;
        const match = phrases.firstMatch(sentence.words);
        if (match === undefined) return;
        // "This plan does not auto-renew", "auto-renew is off", "credits are applied automatically".
        if (notCharged.firstMatch(sentence.words) !== undefined) return;
        found.push({
          range: sentence.rangeOf(match.first, match.last),
          // A reminder that brings the price before each charge says the amount too.
          amount: discloses(sentence, 'amount') || discloses(sentence, 'notice'),
          // A renewal on a stated date, or one the customer is reminded of, says when it comes.
          frequency:
            sentence.words.some((token) => frequencyWords.has(token.value)) ||
            discloses(sentence, 'date') ||
            discloses(sentence, 'notice'),
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
