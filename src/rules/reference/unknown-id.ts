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
      found: '{{message}}',
      policy: 'There is no policy "{{id}}" in {{folder}}. Known policies: {{known}}.',
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
            data: { message: issue.message },
            ...(url ? { url } : {}),
          });
        }
      },
      tree(tree) {
        // A plan's policies are folders of content/policies/, not entries of a catalogue.
        const known = [...tree.ids.policies].sort().join(', ') || 'none yet';
        for (const entry of entriesOf(tree, 'plan')) {
          entry.data?.policies.forEach((id, index) => {
            if (tree.ids.policies.has(id)) return;
            context.report({
              file: entry.source,
              field: ['policies', index],
              messageId: 'policy',
              data: { id, folder: `${tree.contentDir}/policies/`, known },
              ...(entry.source.layout ? { url: entry.source.layout.docs } : {}),
            });
          });
        }
      },
    };
  },
});
