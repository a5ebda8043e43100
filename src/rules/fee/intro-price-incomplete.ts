import { discloses } from '../disclosures.ts';
import { readWordList } from '../word-list.ts';
import { defineRule } from '../rule.ts';

const afterWords = new Set(['after', 'then', 'thereafter', 'afterwards', 'afterward', 'once']);

export default defineRule({
  meta: {
    id: 'fee/intro-price-incomplete',
    severity: 'error',
    description: 'An introductory price says how long it lasts and the price after it.',
    rationale: 'A teaser price without its end date and regular price is the most common pricing surprise.',
    source: 'US FCC broadband labels, 47 CFR 8.1; UK CAP Code 3.22 (price claims)',
    messages: {
      found: 'Introductory price {{amount}} without {{missing}}. Say how long it lasts and what it costs after.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'Introductory price: $55 a month.',
      good: '$55 a month for the first 6 months, then $70 a month.',
    },
  },
  create(context) {
    // The words that mark an introductory price are data, like every phrase list.
    const { phrases } = readWordList('intro-price-terms');
    const steady = readWordList('steady-price').phrases;
    return {
      sentence(sentence) {
        const amounts = sentence.words.filter((token) => token.kind === 'money');
        const first = amounts[0];
        if (first === undefined || phrases.firstMatch(sentence.words) === undefined) return;
        // A price that stays, or a fee, is not an introductory price: "locked for 24 months", "a fee of $150".
        if (steady.firstMatch(sentence.words) !== undefined) return;
        const hasDuration =
          discloses(sentence, 'date') ||
          sentence.words.some(
            (token, i) =>
              (token.kind === 'number' || /^(one|two|three|six|twelve|first|initial)$/.test(token.value)) &&
              /^(months?|years?|weeks?|days?)$/.test(sentence.words[i + 1]?.value ?? ''),
          );
        // One amount after "after" or "then" is the regular price: "after the 6-month offer, $65 a month".
        const before = sentence.words.slice(0, sentence.words.indexOf(first));
        const hasRegular = amounts.length > 1 || before.some((token) => afterWords.has(token.value));
        if (hasDuration && hasRegular) return;
        const missing = [!hasDuration && 'its duration', !hasRegular && 'the regular price after it']
          .filter(Boolean)
          .join(' or ');
        context.report({
          range: sentence.rangeOf(first, first),
          messageId: 'found',
          data: { amount: first.raw, missing },
        });
      },
    };
  },
});
