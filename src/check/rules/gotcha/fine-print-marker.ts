import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'gotcha/fine-print-marker',
  severity: 'error',
  description: 'Conditions are stated, not pointed to.',
  rationale: '"Terms and conditions apply" means there is something the customer was not told here.',
  source: 'US FTC .com Disclosures guide (2013); UK CAP Code 3.9 and 3.10 (qualifications)',
  messages: { found: 'Fine print: "{{phrase}}". State the condition itself, here.' },
  exemptInQuotations: true,
  examples: { bad: 'Terms and conditions apply.', good: 'The price is $55 a month for 6 months, then $70.' },
});
