import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'gotcha/forfeited-prepayment',
  severity: 'error',
  description: 'Money paid for service not received is refunded.',
  rationale: 'Keeping prepayments when the contract ends charges customers for nothing.',
  source: 'EU Directive 93/13/EEC, Annex 1(d)',
  messages: { found: 'Forfeited prepayment: "{{phrase}}". Refund what the customer paid for and did not get.' },
  exemptInQuotations: true,
  examples: { bad: 'All fees are non-refundable.', good: 'We refund every day you paid for but did not use.' },
});
