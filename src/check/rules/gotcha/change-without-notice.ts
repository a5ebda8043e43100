import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'gotcha/change-without-notice',
  severity: 'error',
  description: 'Nothing that affects customers changes without telling them first.',
  rationale: 'A change customers are not told about is a change they cannot react to.',
  source: 'EU Directive 93/13/EEC, Annex 1(j); FTC Act, Section 5 (unfair practices)',
  messages: { found: 'Change without notice: "{{phrase}}". Say how and how far ahead customers are told.' },
  exemptInQuotations: true,
  examples: { bad: 'Prices may change without notice.', good: 'We tell you 30 days before a price changes.' },
});
