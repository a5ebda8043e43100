import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/jurisdiction',
    severity: 'error',
    description: 'Disputes are heard where the customer lives, not where the company chooses.',
    rationale: 'A court far away makes a claim too costly to bring.',
    source: 'EU Regulation 1215/2012, Art. 18; CLAUDETTE category J',
    messages: { found: 'Jurisdiction clause: "{{phrase}}". Let customers bring claims where they live.' },
    exemptInQuotations: true,
    examples: {
      bad: 'The courts of Delaware have exclusive jurisdiction.',
      good: 'You can take a dispute to a court near you.',
    },
  },
  { minWords: clauseMinWords },
);
