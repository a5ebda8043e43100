import rule from '../../../../src/check/rules/plain/missing-summary.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

const points = (n: number) => Array.from({ length: n }, (_, i) => `  - Point ${i + 1}.`).join('\n');

ruleTester(rule, {
  valid: [
    `---\ntitle: Refunds\nsummary: When we give money back.\nkeyPoints:\n${points(3)}\n---\n\nBody.`,
    // Plain Markdown without front matter, checked with --kind policy: nothing to check.
    'Just a body.',
  ],
  invalid: [
    {
      code: `---\ntitle: Refunds\nkeyPoints:\n${points(3)}\n---\n\nBody.`,
      errors: [{ line: 2, column: 1, message: 'no summary' }],
    },
    {
      code: `---\ntitle: Refunds\nsummary: When we give money back.\nkeyPoints:\n${points(9)}\n---\n`,
      errors: [{ line: 4, column: 1, message: '9 key points' }],
    },
  ],
});
