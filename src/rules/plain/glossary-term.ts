import { didYouMean } from '../../domain/text/nearest.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'plain/glossary-term',
    severity: 'error',
    description: '<Term id="…"> names a term defined in glossary.yaml, written as text in quotes.',
    rationale:
      'A term marked as defined promises the reader a definition; ' +
      'one that names no glossary entry would show none, or break the page.',
    source:
      'ISO 24495-1:2023, 5.3 (readers can understand the words); US Federal Plain Language Guidelines, "Define terms"',
    messages: { found: '{{problem}}' },
    examples: {
      bad: 'Each day of <Term id="outtage">outage</Term> earns a credit.',
      good: 'Each day of <Term id="outage">outage</Term> earns a credit.',
    },
  },
  create(context) {
    const known = context.facts.termIds;
    return {
      document(document) {
        for (const element of document.elements) {
          if (element.name !== 'Term') continue;
          const report = (problem: string) =>
            context.report({
              range: { start: element.start, end: element.end },
              messageId: 'found',
              data: { problem },
            });
          const attributes = element.attributes.flatMap((attribute) => ('name' in attribute ? [attribute] : []));
          for (const attribute of attributes) {
            if (attribute.name !== 'id') report(`<Term> has no "${attribute.name}" attribute; it takes only "id".`);
          }
          const id = attributes.find((attribute) => attribute.name === 'id')?.value;
          if (id === undefined)
            report('<Term> needs an "id" attribute naming a term in glossary.yaml, such as <Term id="outage">.');
          else if (typeof id !== 'string') report('"id" must be written as text in quotes, such as id="outage".');
          else if (known !== undefined && !known.has(id)) {
            report(
              `<Term> names the term "${id}", but there is no such term in glossary.yaml. ` +
                didYouMean(id, known, 'Known terms'),
            );
          }
        }
      },
    };
  },
});
