import { isEntryOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'fee/early-termination-undisclosed',
    severity: 'error',
    description: 'A plan with a minimum term says what leaving early costs, in money.',
    rationale: 'An early-termination charge the customer learns of only when leaving is a hidden fee.',
    source: 'US FCC broadband labels, 47 CFR 8.1 (early termination fee); EU Directive 2018/1972, Art. 105',
    messages: {
      found:
        'This plan has a {{months}}-month term, but "earlyTermination" names no amount. State the amount, or "None".',
    },
    appliesTo: ['pricing'],
    examples: {
      bad: 'contract: { months: 24, earlyTermination: A fee applies. }',
      good: 'contract: { months: 24, earlyTermination: $10 for each month left, at most $120. }',
    },
  },
  create(context) {
    return {
      entry(entry) {
        if (!isEntryOf(entry, 'plan')) return;
        const contract = entry.data?.contract;
        if (contract === undefined || contract.months === 0) return;
        const text = contract.earlyTermination;
        if (/^\s*none\b/i.test(text) || /[$€£]\s?\d/.test(text)) return;
        context.report({
          field: ['contract', 'earlyTermination'],
          part: 'key',
          messageId: 'found',
          data: { months: contract.months },
        });
      },
    };
  },
});
