import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/indemnity',
    severity: 'error',
    description: "Customers do not pay the company's legal costs.",
    rationale: 'An indemnity makes the customer insure the company against claims it may have caused.',
    source: 'EU Directive 93/13/EEC, Annex 1(e)',
    messages: {
      found: 'Indemnity: "{{phrase}}". Remove it; say instead what a customer pays if they break the rules.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'You agree to indemnify and hold us harmless.',
      good: 'If you damage our equipment on purpose, you pay for the repair.',
    },
  },
  { minWords: clauseMinWords },
);
