import { isEntryOf, validItemsOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

/**
 * Words that introduce a condition. A conditional fee's `appliesWhen` must
 * contain one: "Once per bill, if a bill is still unpaid…" names its
 * trigger; "Applies to some accounts." does not.
 */
const conditionWords = /\b(if|when|whenever|only|unless|after|once|each time|every time|in case)\b/i;

export default defineContentRule({
  meta: {
    id: 'fee/conditional-without-condition',
    severity: 'error',
    description: 'A fee charged only when something happens says what that is.',
    rationale:
      'A conditional fee without its condition can be charged at will; ' +
      'the customer cannot avoid what they cannot see coming.',
    source:
      'US FTC Rule on Unfair or Deceptive Fees, 16 CFR 464.3 (nature and purpose of fees); ' +
      'EU Directive 2011/83/EU, Art. 6(1)(e)',
    messages: {
      found:
        'The conditional fee "{{id}}" does not say when it is charged: start "appliesWhen" with the event, ' +
        'such as "Only if…" or "When…".',
    },
    appliesTo: ['pricing'],
    examples: {
      bad: '- id: service-fee\n  kind: conditional\n  appliesWhen: Applies to some accounts.',
      good:
        '- id: late-payment\n  kind: conditional\n  appliesWhen: Once per bill, ' +
        'if a bill is still unpaid 15 days after its due date.',
    },
  },
  create(context) {
    return {
      entry(entry) {
        if (!isEntryOf(entry, 'fees')) return;
        for (const { index, item: fee } of validItemsOf(entry)) {
          if (fee.kind !== 'conditional' || conditionWords.test(fee.appliesWhen)) continue;
          context.report({ field: [index, 'appliesWhen'], part: 'key', messageId: 'found', data: { id: fee.id } });
        }
      },
    };
  },
});
