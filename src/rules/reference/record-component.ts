import { isoDay } from '../../domain/dates.ts';
import { factReferenceProblem, factReferences } from '../../domain/policies/policy-facts.ts';
import { recordComponentProblems } from '../../domain/record-components.ts';
import { literalAttributes } from '../markup.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'reference/record-component',
    severity: 'error',
    description:
      '<PolicyFact>, <IncidentCount>, <IncidentCauses>, <Uptime> and {fact:…} in the pricing files name a fact, ' +
      'component or period the record has.',
    rationale:
      'These are how prose quotes a policy number or an incident count without typing it; ' +
      'one that names nothing would break the page or show a wrong number.',
    source: 'Plainsight: facts are data, shown the same everywhere',
    messages: {
      found: '{{problem}}',
      notHere:
        'A fact can be written as {fact:…} only in the pricing files (plans and fees.yaml), which fill it in. ' +
        '{{advice}}',
    },
    examples: {
      bad: 'You have <PolicyFact policy="refunds" fact="refund-window" /> to ask.',
      good: 'You have <PolicyFact policy="refunds" fact="installation-fee-refund-window" /> to ask.',
    },
  },
  create(context) {
    const known = {
      factVersions: context.facts.factVersions,
      componentIds: context.facts.componentIds,
      today: isoDay(context.facts.now),
    };
    return {
      document(document) {
        for (const element of document.elements) {
          if (element.name === undefined) continue;
          const attributes = literalAttributes(element);
          for (const problem of recordComponentProblems(element.name, attributes, known)) {
            context.report({
              range: { start: element.start, end: element.end },
              messageId: 'found',
              data: { problem },
            });
          }
        }
        for (const block of document.blocks) {
          for (const reference of factReferences(block.text)) {
            const range = { start: block.offsets[reference.start] ?? 0, end: block.offsets[reference.end] ?? 0 };
            if (document.kind !== 'pricing' || block.field === '') {
              const advice = document.mdx
                ? `In MDX, write <PolicyFact policy="${reference.policy}" fact="${reference.id}" />.`
                : 'Here, link to the policy instead.';
              context.report({ range, messageId: 'notHere', data: { advice } });
              continue;
            }
            if (known.factVersions === undefined) continue;
            const problem = factReferenceProblem(known.factVersions, reference.policy, reference.id, known.today);
            if (problem !== undefined) context.report({ range, messageId: 'found', data: { problem } });
          }
        }
      },
    };
  },
});
