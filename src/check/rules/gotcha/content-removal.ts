import { clauseMinWords, definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'gotcha/content-removal',
    severity: 'error',
    description: "The company may not remove customers' content at will.",
    rationale: 'Removing what customers made or stored, without reason or warning, takes something of theirs.',
    source: 'CLAUDETTE category CR; EU Digital Services Act, Art. 17 (statement of reasons)',
    messages: {
      found:
        'Content removal at will: "{{phrase}}". Say what content is removed, why, and how the customer is told and can object.',
    },
    exemptInQuotations: true,
    examples: {
      bad: 'We may remove any content at any time for any reason.',
      good: 'We remove content only when a court orders it, and tell you which and why.',
    },
  },
  { minWords: clauseMinWords },
);
