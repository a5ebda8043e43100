import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/contract-by-using',
    severity: 'error',
    description: 'Using the service must not count as agreeing to terms.',
    rationale: 'Nobody reads terms they were never shown; agreement needs a real choice.',
    source: 'CLAUDETTE category USE; EU Directive 93/13/EEC, Annex 1(i)',
    messages: {
      found: 'Contract by using: "{{phrase}}". Ask for agreement at sign-up instead of inferring it from use.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'By using this site you agree to these terms.',
      good: 'You agree to these terms when you sign up, after we show you the short version.',
    },
  },
  { minWords: clauseMinWords },
);
