import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/class-action-waiver',
    severity: 'error',
    description: 'Customers keep the right to sue together and to a jury.',
    rationale:
      'A small overcharge is never worth one person suing over; a class action is how many customers with the same small loss get it back.',
    source: 'EU Directive 93/13/EEC, Annex 1(q); US CFPB arbitration study (2015)',
    messages: {
      found:
        'Class-action or jury waiver: "{{phrase}}". Let customers join others with the same claim, and keep their right to a jury.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'You waive any right to a jury trial or to take part in a class action.',
      good: 'You can join other customers with the same claim in one case.',
    },
  },
  { minWords: clauseMinWords },
);
