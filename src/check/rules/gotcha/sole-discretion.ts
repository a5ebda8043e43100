import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule({
  id: 'gotcha/sole-discretion',
  severity: 'error',
  description: 'Decisions about the customer must have stated reasons.',
  rationale: '"Sole discretion" and "for any reason" mean the customer cannot know what will happen or why.',
  source: 'EU Directive 93/13/EEC, Annex 1(f)',
  messages: { found: 'Say when and why, not "{{phrase}}".' },
  exemptInQuotations: true,
  examples: {
    bad: 'We may refuse service at our sole discretion.',
    good: 'We refuse service only to someone who has attacked our network.',
  },
});
