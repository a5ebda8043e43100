import { layoutDocs, layoutHelp } from '../../reader/layout.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'file/outside-collections',
    severity: 'error',
    description: 'Every file in the content folder belongs to a collection, so that it becomes part of the site.',
    rationale: 'A file the build never reads would be a page that silently never appears, and nobody would know.',
    source: 'Plainsight: nothing is dropped silently',
    suppressible: false,
    messages: { found: 'This file is not part of any collection, so it would never be published. {{layout}}' },
    examples: { bad: 'content/pricing/plans/notes.txt', good: 'content/pricing/plans/fiber-500.yaml' },
  },
  create(context) {
    return {
      file(file) {
        if (file.layout === undefined)
          context.report({ messageId: 'found', data: { layout: layoutHelp }, url: layoutDocs });
      },
    };
  },
});
