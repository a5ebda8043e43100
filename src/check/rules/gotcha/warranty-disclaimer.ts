import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/warranty-disclaimer',
    severity: 'error',
    description: 'The company stands behind what it sells.',
    rationale: '"As is" and "no warranty" mean the customer carries the risk of the company\'s own failures.',
    source: 'EU Directive 2019/771 (legal guarantee of conformity); US Magnuson-Moss Warranty Act',
    messages: {
      found: 'Warranty disclaimer: "{{phrase}}". Say what the company promises and what it does when it fails.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'The service is provided "as is" without warranties of any kind.',
      good: 'We promise the speed your plan states, and credit you when we miss it.',
    },
  },
  { minWords: clauseMinWords },
);
