import { entriesOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'reference/unused-tag',
    severity: 'error',
    description: 'Every tag in tags.yaml names a topic something is about.',
    rationale: 'A topic page that lists nothing is a dead end for a reader who followed it.',
    source: 'Plainsight: nothing is published for nobody',
    suppressible: false,
    messages: {
      found:
        'No paper, plan or policy has the tag "{{id}}", so its page would list nothing. ' +
        'Tag something with it, or remove it.',
    },
  },
  create(context) {
    return {
      tree(tree) {
        const carriers = [
          ...entriesOf(tree, 'plan'),
          ...entriesOf(tree, 'policy-version'),
          ...entriesOf(tree, 'paper'),
        ];
        // Only when every file that may carry tags is valid: an invalid one's tags are unknown.
        if (carriers.some((entry) => entry.data === undefined)) return;
        const used = new Set(carriers.flatMap((entry) => entry.data?.tags ?? []));
        const tags = entriesOf(tree, 'tags')[0];
        tags?.data?.forEach((tag, index) => {
          if (used.has(tag.id)) return;
          context.report({
            file: tags.source,
            field: [index, 'id'],
            messageId: 'found',
            data: { id: tag.id },
            ...(tags.source.layout ? { url: tags.source.layout.docs } : {}),
          });
        });
      },
    };
  },
});
