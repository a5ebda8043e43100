import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'file/front-matter',
    severity: 'error',
    description: 'A Markdown or MDX file opens with front matter: its fields between two "---" lines.',
    rationale: 'Without front matter a policy has no dates, an incident no status: the page cannot say what it is.',
    source: 'Astro content collections; Plainsight content schemas',
    suppressible: false,
    messages: {
      missing: 'This file needs front matter: a block of YAML fields between two "---" lines at the very top.',
      unclosed: 'The front matter opened by the first "---" line is never closed: add a "---" line after its fields.',
    },
    examples: { bad: '# Refunds\n\nWe refund…', good: '---\ntitle: Refunds\n…\n---\n\nWe refund…' },
  },
  create(context) {
    return {
      entry(entry) {
        if (entry.frontMatter === 'missing' || entry.frontMatter === 'unclosed') {
          context.report({
            messageId: entry.frontMatter,
            ...(entry.source.layout ? { url: entry.source.layout.docs } : {}),
          });
        }
      },
    };
  },
});
