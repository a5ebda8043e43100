import { maxTextFileBytes } from '../../reader/content-files.ts';
import { layoutDocs } from '../../reader/layout.ts';
import { defineContentRule } from '../rule.ts';

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export default defineContentRule({
  meta: {
    id: 'file/too-large',
    severity: 'error',
    description: `A content file holds at most ${mb(maxTextFileBytes)} of text.`,
    rationale:
      'One pasted log or generated file could stall every build; no real policy or paper comes near the limit.',
    source: 'Plainsight: no file can stall the build (measured parser costs, BENCHMARKS.md)',
    suppressible: false,
    messages: {
      found:
        'This file is {{size}}; content files are limited to {{limit}} so that one file cannot stall every build. ' +
        'Split it into smaller files, or remove what does not belong in it.',
    },
  },
  create(context) {
    return {
      file(file) {
        if (file.unreadable !== 'too-large') return;
        context.report({
          messageId: 'found',
          data: { size: mb(file.bytes), limit: mb(maxTextFileBytes) },
          url: layoutDocs,
        });
      },
    };
  },
});
