import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'gotcha/auto-renewal-opt-out',
  severity: 'error',
  description: 'An automatic renewal never needs an opt-out before a deadline.',
  rationale: 'A renewal that locks in unless the customer acts weeks ahead is a trap for the forgetful.',
  source: 'EU Directive 93/13/EEC, Annex 1(h); California Automatic Renewal Law, Bus. & Prof. Code 17600',
  messages: {
    found:
      'Automatic renewal with an opt-out deadline: "{{phrase}}". Remind customers before renewal and let them cancel at any time.',
  },
  exemptInQuotations: true,
  examples: {
    bad: 'The contract renews automatically unless cancelled 60 days before the end of the term.',
    good: 'Your plan renews each month until you cancel, which you can do at any time.',
  },
});
