import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'gotcha/arbitration',
  severity: 'error',
  description: 'Customers keep the right to go to court, alone or together.',
  rationale: 'Forced arbitration and class-action waivers remove the practical means of challenging a company.',
  source: 'EU Directive 93/13/EEC, Annex 1(q); US CFPB arbitration study (2015); CLAUDETTE category A',
  messages: { found: 'Forced arbitration or waiver: "{{phrase}}". Let customers use any court that would normally hear the case.' },
  exemptInQuotations: true,
  examples: { bad: 'All disputes will be resolved by binding arbitration.', good: 'You can take a dispute to any court that would normally hear it.' },
}, { minWords: clauseMinWords });
