import type { z } from 'astro/zod';
import { didYouMean } from '../../domain/text/nearest.ts';
import { entriesOf, unknownIdRule } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';
import { issueRule } from '../schema/schema-issues.ts';

export default defineContentRule({
  meta: {
    id: unknownIdRule,
    severity: 'error',
    description:
      "References name what exists: a plan's fees and policies, an incident's or maintenance's components, " +
      "a paper's authors, every tag.",
    rationale:
      'A reference to nothing is a fee the fee list never explains, ' +
      'an outage on a component the status page does not show, a link to no page.',
    source: 'Plainsight content schemas (src/schemas/reference.ts)',
    suppressible: false,
    messages: {
      found: '{{message}} {{suggestion}}',
      policy: 'There is no policy "{{id}}" in {{folder}}. {{suggestion}}',
    },
    examples: { bad: 'fees: { mandatory: [instalation] }', good: 'fees: { mandatory: [installation] }' },
  },
  create(context) {
    return {
      entry(entry) {
        const url = entry.source.layout?.docs;
        for (const issue of entry.issues) {
          if (issueRule(issue) !== unknownIdRule) continue;
          context.report({
            field: issue.path,
            messageId: 'found',
            data: { message: issue.message, suggestion: suggestionFor(issue) },
            ...(url ? { url } : {}),
          });
        }
      },
      tree(tree) {
        // A plan's policies are folders of content/policies/, not entries of a catalogue.
        for (const entry of entriesOf(tree, 'plan')) {
          entry.data?.policies.forEach((id, index) => {
            if (tree.ids.policies.has(id)) return;
            context.report({
              file: entry.source,
              field: ['policies', index],
              messageId: 'policy',
              data: {
                id,
                folder: `${tree.contentDir}/policies/`,
                suggestion: didYouMean(id, tree.ids.policies, 'Known policies'),
              },
              ...(entry.source.layout ? { url: entry.source.layout.docs } : {}),
            });
          });
        }
      },
    };
  },
});

/** The nearest known ids to the one an issue names, from what the reader put in its params. */
function suggestionFor(issue: z.core.$ZodIssue): string {
  const { id, known } = (issue as { params?: { id?: unknown; known?: unknown } }).params ?? {};
  const ids = Array.isArray(known) ? known.filter((value): value is string => typeof value === 'string') : [];
  return didYouMean(typeof id === 'string' ? id : '', ids);
}
