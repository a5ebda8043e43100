import rule from '../../../src/rules/plain/image-alt.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const paper = (code: string) => ({ code, kind: 'paper' as const, file: 'papers/example.mdx' });

ruleTester(rule, {
  valid: [
    paper('![Four steps from left to right: write, review, one server, every server.](./images/change-rollout.svg)'),
    paper(
      '<Figure caption="Steps.">\n\n' +
        '![A reviewer approves the change before it reaches one server.](./images/change-rollout.svg)\n\n</Figure>',
    ),
  ],
  invalid: [
    {
      ...paper('Text first.\n\n![](./images/change-rollout.svg)'),
      errors: [{ line: 3, column: 1, message: 'has no alt text' }],
    },
    { ...paper('![   ](./images/change-rollout.svg)'), errors: [{ line: 1, column: 1, message: 'has no alt text' }] },
    {
      ...paper('See ![Chart](./images/change-rollout.svg).'),
      errors: [{ line: 1, column: 5, message: 'says what the image is, not what it shows' }],
    },
    {
      ...paper('![change-rollout.svg](./images/change-rollout.svg)'),
      errors: [{ line: 1, column: 1, message: 'is a file name' }],
    },
  ],
});
