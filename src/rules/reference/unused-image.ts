import { entriesOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'reference/unused-image',
    severity: 'error',
    description: 'Every image in papers/images/ is shown by a paper.',
    rationale: 'An image no page shows is published for nobody, and nobody reviews what it says.',
    source: 'Plainsight: nothing is published for nobody',
    suppressible: false,
    messages: {
      found:
        'No paper uses this image. ' +
        'Show it in an .mdx paper with <Figure caption="…">![alt text](./images/{{name}})</Figure>, or remove it.',
    },
  },
  create(context) {
    return {
      tree(tree) {
        // Every image name the papers write, found in one pass over each paper.
        const shown = new Set(
          entriesOf(tree, 'paper').flatMap((entry) =>
            [...entry.source.text.matchAll(/images\/([^\s)"'>]+)/g)].map((match) => match[1]),
          ),
        );
        for (const image of tree.files.filter((file) => file.kind === 'paper-image' && !file.skipped)) {
          if (shown.has(image.name)) continue;
          const url = image.layout?.docs;
          context.report({ file: image, messageId: 'found', data: { name: image.name }, ...(url ? { url } : {}) });
        }
      },
    };
  },
});
