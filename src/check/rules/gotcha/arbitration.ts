import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/arbitration',
    severity: 'error',
    description: 'Customers keep the right to go to court.',
    rationale: 'Forced arbitration takes disputes to a private forum the company chooses and pays, with little appeal.',
    source: 'EU Directive 93/13/EEC, Annex 1(q); US CFPB arbitration study (2015); CLAUDETTE category A',
    messages: {
      found: 'Forced arbitration: "{{phrase}}". Let customers use any court that would normally hear the case.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'All disputes will be resolved by binding arbitration.',
      good: 'You can take a dispute to any court that would normally hear it.',
    },
  },
  { minWords: clauseMinWords },
);
