import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'fee/vague-fee-language',
  severity: 'error',
  description: 'Every fee is named with its amount; none is hinted at.',
  rationale:
    '"Plus applicable fees" hides the real price; drip pricing is banned in California (SB 478), the UK (DMCC Act 2024) and by the FTC fees rule.',
  source: 'California SB 478; UK DMCC Act 2024, Sch. 20; US FTC Rule on Unfair or Deceptive Fees, 16 CFR 464',
  messages: { found: 'Vague fee: "{{phrase}}". Name each fee and its amount, or link to the fee list.' },
  exemptInQuotations: true,
  examples: { bad: 'Plus applicable taxes and fees.', good: 'The price includes every mandatory fee: $56.50 a month.' },
});
