import { definePhraseRule } from '../../phrase-rule.ts';

export default definePhraseRule(
  {
    id: 'fee/unexplained-fee',
    severity: 'error',
    description: 'Every fee says what it pays for, not a label such as "administrative costs".',
    rationale:
      'Junk fees hide behind reasons that explain nothing ("cost recovery", "administrative purposes"); a real reason names the work or the cost it covers.',
    source: 'US FTC Rule on Unfair or Deceptive Fees, 16 CFR 464.3; California SB 478',
    messages: {
      found:
        'This is not a reason: "{{phrase}}". Say what the fee pays for, such as the visit, the equipment or the charge someone else makes.',
    },
    appliesTo: ['pricing'],
    examples: {
      bad: 'why: To recover administrative and operational costs.',
      good: 'why: A technician spends about three hours connecting your home; this covers part of that visit.',
    },
  },
  // Only a fee's reason: the same words elsewhere are judged by fee/vague-fee-language.
  { when: (sentence) => sentence.field === 'why' },
);
