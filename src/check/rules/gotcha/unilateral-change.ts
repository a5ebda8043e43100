import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/unilateral-change',
    severity: 'error',
    description: 'The company may not keep a right to change the contract by itself.',
    rationale:
      'A contract one side can rewrite at will is not an agreement. Changes need notice in advance and the right to leave before they apply.',
    source: 'EU Directive 93/13/EEC on unfair terms, Annex 1(j); CLAUDETTE category CH',
    messages: {
      found:
        'Unilateral change: "{{phrase}}". Say how far ahead customers are told of a change and that they can leave before it applies.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'We may modify these terms at any time.',
      good: 'We tell you 30 days before any change, and you can cancel before it applies.',
    },
  },
  { minWords: clauseMinWords },
);
