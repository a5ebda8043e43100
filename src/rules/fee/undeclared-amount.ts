import { mediumOf, renameAdvice } from '../file-advice.ts';
import { defineRule } from '../rule.ts';
import { minorUnitsOf } from '../../domain/text/tokens.ts';

/** Words that make a sentence about what a customer pays. */
const chargeWords = new Set([
  'fee',
  'fees',
  'charge',
  'charges',
  'charged',
  'surcharge',
  'surcharges',
  'price',
  'prices',
  'priced',
  'pay',
  'pays',
  'paying',
  'cost',
  'costs',
  'bill',
  'billed',
  'rate',
  'rates',
  'deposit',
  'penalty',
  'month',
  'monthly',
  'year',
  'yearly',
  'annual',
  'annually',
  'per',
]);

export default defineRule({
  meta: {
    id: 'fee/undeclared-amount',
    severity: 'error',
    description: 'Every amount a customer is asked to pay is a declared price or fee.',
    rationale:
      'A price typed into prose can disagree with the real one, ' +
      'or name a fee the fee list does not have. Prices come from the data.',
    source: 'US FTC Rule on Unfair or Deceptive Fees, 16 CFR 464; California SB 478',
    // Components render only in an .mdx body; elsewhere the advice is what that file can hold.
    messages: {
      found:
        '{{amount}} is not a declared price or fee. Use a <Price> or <Fee> from the data, ' +
        'or declare the fee in pricing/fees.yaml.',
      markdown:
        '{{amount}} is not a declared price or fee. A .md file cannot show <Price> or <Fee>: say it without ' +
        'the amount and link to [our prices](/pricing/) or [our fees](/pricing/fees/){{rename}}. ' +
        'If it is a new fee, declare it in pricing/fees.yaml.',
      yaml:
        '{{amount}} is not a declared price or fee. A YAML field ({{field}}) cannot show <Price> or <Fee>: ' +
        'say it without the amount; customers find every price on /pricing/. ' +
        'If it is a new fee, declare it in pricing/fees.yaml.',
    },
    exemptInQuotations: true,
    examples: { bad: 'A $4.99 processing fee applies to card payments.', good: 'Card payments cost nothing extra.' },
  },
  create(context) {
    // While a plan or the fee list is invalid, the declared amounts are not all
    // known: this rule waits rather than report the amounts of an invalid plan.
    if (!context.facts.pricingComplete) return {};
    return {
      sentence(sentence) {
        if (!sentence.words.some((token) => token.kind === 'word' && chargeWords.has(token.value))) return;
        for (const token of sentence.words) {
          if (token.kind !== 'money') continue;
          if (context.facts.declaredAmounts.has(token.value)) continue;
          // Round numbers written without cents, such as "$45", match "$45.00".
          if (context.facts.declaredAmounts.has(minorUnitsOf(token.raw.replace(/[^\d.,]/g, '')))) continue;
          const medium = mediumOf(context.document, sentence.field);
          context.report({
            range: sentence.rangeOf(token, token),
            messageId: medium === 'mdx' ? 'found' : medium,
            data: {
              amount: token.raw,
              field: sentence.field,
              rename: renameAdvice(context.document, 'them'),
            },
          });
        }
      },
    };
  },
});
