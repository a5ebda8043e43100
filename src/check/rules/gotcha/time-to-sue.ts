import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'gotcha/time-to-sue',
  severity: 'error',
  description: "The law's time to bring a claim is not shortened.",
  rationale: 'A contract that cuts the limitation period lets a claim expire before the customer knows of it.',
  source: 'EU Directive 93/13/EEC, Annex 1(q)',
  messages: { found: 'Shortened time to sue: "{{phrase}}". Leave the legal limitation period as it is.' },
  exemptInQuotations: true,
  examples: {
    bad: 'Any claim must be filed within one year after it arose.',
    good: 'You keep every right the law gives you.',
  },
});
