import { pricingComponentProblems, type KnownPricing } from '../../domain/pricing/pricing-components.ts';
import { literalAttributes } from '../markup.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'fee/pricing-component',
    severity: 'error',
    description: '<Price>, <Fee> and <TotalCost> name a plan or fee that exists, with valid attributes.',
    rationale:
      'These components are how prose quotes a price without typing it; ' +
      'one that names nothing would break the page or show a wrong number.',
    source: 'Plainsight: prices are data, shown the same everywhere',
    messages: { found: '{{problem}}' },
    examples: {
      bad: 'Installation costs <Fee id="instalation" />.',
      good: 'Installation costs <Fee id="installation" />.',
    },
  },
  create(context) {
    const known: KnownPricing = { plans: context.facts.planIds, feeIds: context.facts.feeIds };
    return {
      document(document) {
        for (const element of document.elements) {
          if (element.name === undefined) continue;
          const attributes = literalAttributes(element);
          for (const problem of pricingComponentProblems(element.name, attributes, known)) {
            context.report({
              range: { start: element.start, end: element.end },
              messageId: 'found',
              data: { problem: problem.message },
            });
          }
        }
      },
    };
  },
});
