import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/unilateral-termination',
    severity: 'error',
    description: 'The company may not end or suspend service at will.',
    rationale:
      "Customers depend on the service; ending it must follow stated reasons and warnings, not the company's mood.",
    source: 'EU Directive 93/13/EEC, Annex 1(g); CLAUDETTE category TER',
    messages: {
      found:
        'Unilateral termination: "{{phrase}}". State the reasons for ending service and the warnings customers get first.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'We may suspend or terminate your account at any time.',
      good: 'We can pause service only after 60 days unpaid and two written reminders.',
    },
  },
  { minWords: clauseMinWords },
);
