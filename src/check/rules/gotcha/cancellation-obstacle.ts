import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'gotcha/cancellation-obstacle',
  severity: 'error',
  description: 'Cancelling is as easy as signing up.',
  rationale:
    'Phone-only cancellation, written notice, long notice windows and retention calls keep customers paying for what they no longer want.',
  source: 'US FTC Negative Option Rule ("click to cancel"), 16 CFR 425; California SB 313',
  messages: {
    found: 'Cancellation obstacle: "{{phrase}}". Let customers cancel the same ways they signed up, at any time.',
  },
  exemptInQuotations: true,
  examples: {
    bad: 'To cancel, you must call us at least 30 days before renewal.',
    good: 'Cancel online with one button, or by phone, chat or email.',
  },
});
