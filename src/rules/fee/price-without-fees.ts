import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'fee/price-without-fees',
    severity: 'error',
    description: "A plan's price in prose is its all-in price, mandatory fees included.",
    rationale:
      'Quoting the price before mandatory fees is drip pricing: ' +
      'the number customers remember is not the number they pay.',
    source:
      'California SB 478; UK DMCC Act 2024, Sch. 20 (drip pricing); ' +
      'US FTC Rule on Unfair or Deceptive Fees, 16 CFR 464',
    messages: { found: '{{plan}} costs {{allIn}} all-in, not {{amount}}: its mandatory fees are part of the price.' },
    exemptInQuotations: true,
    examples: {
      bad: 'Fiber 300 and Home Phone costs $55 a month.',
      good: 'Fiber 300 and Home Phone costs $56.50 a month, every fee included.',
    },
  },
  create(context) {
    // Longest names first, so "Fiber 300 and Home Phone" wins over "Fiber 300".
    const plans = [...context.facts.plans]
      .filter((plan) => plan.allIn !== plan.price || plan.introductoryAllIn !== plan.introductory)
      .sort((a, b) => b.name.length - a.name.length);
    const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;
    return {
      sentence(sentence) {
        const lower = sentence.text.toLowerCase();
        const plan = plans.find((candidate) => lower.includes(candidate.name.toLowerCase()));
        if (plan === undefined) return;
        for (const token of sentence.words) {
          if (token.kind !== 'money') continue;
          const amount = Number(token.value);
          const isBase = amount === plan.price && plan.price !== plan.allIn;
          const isIntroBase =
            plan.introductory !== undefined &&
            amount === plan.introductory &&
            plan.introductory !== plan.introductoryAllIn;
          if (!isBase && !isIntroBase) continue;
          const allIn = isBase ? plan.allIn : (plan.introductoryAllIn ?? plan.allIn);
          context.report({
            range: sentence.rangeOf(token, token),
            messageId: 'found',
            data: { plan: plan.name, allIn: dollars(allIn), amount: token.raw },
          });
        }
      },
    };
  },
});
