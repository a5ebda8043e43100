import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/choice-of-law',
    severity: 'error',
    description: "The contract does not pick a law that takes away the customer's own protections.",
    rationale: 'A foreign governing law hides which protections apply.',
    source: 'EU Regulation 593/2008 (Rome I), Art. 6; CLAUDETTE category LAW',
    messages: {
      found: 'Choice of law: "{{phrase}}". Say that customers keep every protection of the law where they live.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'These terms are governed by the laws of the State of New York.',
      good: 'You keep every right the law where you live gives you.',
    },
  },
  { minWords: clauseMinWords },
);
