import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/limitation-of-liability',
    severity: 'error',
    description: 'The company may not exclude or cap its liability to customers.',
    rationale:
      'When the company causes harm, the customer should be made whole; blanket disclaimers shift the risk to the weaker party.',
    source: 'EU Directive 93/13/EEC, Annex 1(a) and (b); CLAUDETTE category LTD',
    messages: {
      found:
        'Limitation of liability: "{{phrase}}". Say what the company does when it causes a loss, such as the service credits it pays.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'In no event shall we be liable for any damages.',
      good: 'If our fault costs you money, we pay it back.',
    },
  },
  { minWords: clauseMinWords },
);
