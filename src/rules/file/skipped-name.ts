import { layoutDocs } from '../../reader/layout.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'file/skipped-name',
    severity: 'error',
    description: 'No content file name starts with ".".',
    rationale: 'The build skips such files, so their content would silently never appear.',
    source: 'Astro content collections (glob loader); Plainsight: nothing is dropped silently',
    suppressible: false,
    messages: { found: 'File names starting with "." are skipped by the build; rename the file or remove it.' },
    examples: { bad: 'papers/.draft.mdx', good: 'papers/how-we-set-our-prices.mdx' },
  },
  create(context) {
    return {
      file(file) {
        if (file.layout !== undefined && file.skipped) context.report({ messageId: 'found', url: layoutDocs });
      },
    };
  },
});
