import { defineRule } from '../../rule.ts';

/**
 * Words that introduce a condition. A conditional fee's `appliesWhen` must
 * contain one: "Once per bill, if a bill is still unpaid…" names its
 * trigger; "Applies to some accounts." does not.
 */
const conditionWords = /\b(if|when|whenever|only|unless|after|once|each time|every time|in case)\b/i;

export default defineRule({
  meta: {
    id: 'fee/conditional-without-condition',
    severity: 'error',
    description: 'A fee charged only when something happens says what that is.',
    rationale:
      'A conditional fee without its condition can be charged at will; the customer cannot avoid what they cannot see coming.',
    source:
      'US FTC Rule on Unfair or Deceptive Fees, 16 CFR 464.3 (nature and purpose of fees); EU Directive 2011/83/EU, Art. 6(1)(e)',
    messages: {
      found:
        'The conditional fee "{{id}}" does not say when it is charged: start "appliesWhen" with the event, such as "Only if…" or "When…".',
    },
    appliesTo: ['pricing'],
    examples: {
      bad: '- id: service-fee\n  kind: conditional\n  appliesWhen: Applies to some accounts.',
      good: '- id: late-payment\n  kind: conditional\n  appliesWhen: Once per bill, if a bill is still unpaid 15 days after its due date.',
    },
  },
  create(context) {
    return {
      document(document) {
        if (!/(^|\/)pricing\/fees\.ya?ml$/.test(document.path) || !Array.isArray(document.data)) return;
        // Each fee has one appliesWhen (the schema requires it); the n-th line is the n-th fee's.
        const lines = [...document.source.matchAll(/^[ \t-]*appliesWhen:.*$/gm)];
        (document.data as Array<{ id?: unknown; kind?: unknown; appliesWhen?: unknown }>).forEach((fee, index) => {
          if (
            fee?.kind !== 'conditional' ||
            typeof fee.appliesWhen !== 'string' ||
            conditionWords.test(fee.appliesWhen)
          )
            return;
          const line = lines[index];
          const start = (line?.index ?? 0) + (line?.[0].indexOf('appliesWhen') ?? 0);
          context.report({
            range: { start, end: start + 'appliesWhen'.length },
            messageId: 'found',
            data: { id: String(fee.id) },
          });
        });
      },
    };
  },
});
