import rule from '../../../src/rules/markup/import-export.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const paper = (code: string) => ({ code, kind: 'paper' as const, file: 'papers/example.mdx' });

ruleTester(rule, {
  valid: [
    paper('Installation costs <Fee id="installation" />.'),
    paper('We import fibre cable and export nothing.'),
    paper('```js\nimport x from "y";\n```'),
    // In plain Markdown an import line is text, not code.
    { code: 'import x from "../../check/rules/markup/x.js"', kind: 'status', file: 'status/incidents/example.md' },
  ],
  invalid: [
    {
      ...paper("Intro.\n\nimport Banner from '../../check/src/components/Banner.astro'\n\nText."),
      errors: [{ line: 3, column: 1, message: 'Content cannot import or export code ("import Banner from' }],
    },
    {
      ...paper('export const price = 4500\n\nText.'),
      errors: [{ line: 1, column: 1, message: '"export const price = 4500"' }],
    },
    { ...paper("import a from 'a'\nexport { a }"), errors: [{ line: 1, column: 1 }] },
    {
      ...paper('---\ntitle: x\n---\n\nexport default function Layout() { return null }'),
      errors: [{ line: 5, column: 1, message: 'The components content may use (<Price>, <Fee>' }],
    },
  ],
});
