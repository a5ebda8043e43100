import { componentNames } from '../markup.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  meta: {
    id: 'markup/import-export',
    severity: 'error',
    description: 'Content never imports or exports code.',
    rationale:
      'An import runs a program while the site is built, and an export can change what a page shows; ' +
      'content is text and the components Plainsight provides, nothing else.',
    source: 'Plainsight: content never runs code (OWASP ASVS 5.2, sanitisation of untrusted input)',
    suppressible: false,
    messages: {
      found:
        'Content cannot import or export code ("{{code}}"). Remove this line. ' +
        'The components content may use ({{components}}) are there without importing them.',
    },
    examples: {
      bad: "import Banner from '../../src/components/Banner.astro'",
      good: 'Installation costs <Fee id="installation" />.',
    },
  },
  create(context) {
    return {
      document(document) {
        for (const node of document.code) {
          if (node.kind !== 'esm') continue;
          const code = node.source.split('\n')[0]?.slice(0, 80) ?? '';
          context.report({
            range: { start: node.start, end: node.end },
            messageId: 'found',
            data: { code, components: [...componentNames].map((name) => `<${name}>`).join(', ') },
          });
        }
      },
    };
  },
});
