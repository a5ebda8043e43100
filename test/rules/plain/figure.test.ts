import rule from '../../../src/rules/plain/figure.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const paper = (code: string) => ({ code, kind: 'paper' as const, file: 'papers/example.mdx' });
const image = '![Four steps of a change, left to right.](./images/change-rollout.svg)';

ruleTester(rule, {
  valid: [
    paper(`<Figure caption="How a change reaches the network.">\n\n${image}\n\n</Figure>`),
    paper(
      `Intro.\n\n<Figure caption="One.">\n\n${image}\n\n</Figure>\n\n<Figure caption="Two.">\n\n${image}\n\n</Figure>`,
    ),
    paper('A paper with no figure at all.'),
    // A data: address is markup/unsafe-url's to refuse, once.
    paper('<Figure caption="Steps.">\n\n![Four steps.](data:image/png;base64,AAAA)\n\n</Figure>'),
  ],
  invalid: [
    { ...paper(`Intro.\n\n${image}`), errors: [{ line: 3, column: 1, message: 'An image needs a caption' }] },
    { ...paper(`<Figure>\n\n${image}\n\n</Figure>`), errors: [{ line: 1, column: 1, message: 'needs a caption' }] },
    {
      ...paper(`<Figure caption="">\n\n${image}\n\n</Figure>`),
      errors: [{ line: 1, column: 1, message: 'caption is empty' }],
    },
    {
      ...paper(`<Figure caption={text}>\n\n${image}\n\n</Figure>`),
      errors: [{ line: 1, column: 1, message: 'written as text in quotes' }],
    },
    {
      ...paper(`<Figure caption="Steps." width="50">\n\n${image}\n\n</Figure>`),
      errors: [{ line: 1, column: 1, message: 'has no "width" attribute' }],
    },
    {
      ...paper('<Figure caption="Steps.">\n\nNo image here.\n\n</Figure>'),
      errors: [{ line: 1, column: 1, message: 'shows one image' }],
    },
    {
      ...paper(`<Figure caption="Steps.">\n\n${image}\n\n${image}\n\n</Figure>`),
      errors: [{ line: 5, column: 1, message: 'give this one a <Figure> of its own' }],
    },
    {
      ...paper('<Figure caption="Steps.">\n\n![Four steps.](https://example.com/steps.png)\n\n</Figure>'),
      errors: [{ line: 3, column: 1, message: 'is not in content/papers/images/' }],
    },
    {
      ...paper('<Figure caption="Steps.">\n\n![Four steps.](./images/missing.svg)\n\n</Figure>'),
      errors: [
        {
          line: 3,
          column: 1,
          message: 'There is no file content/papers/images/missing.svg. Files there: change-rollout.svg',
        },
      ],
    },
    {
      ...paper('<Figure caption="Steps.">\n\n![Four steps.](./images/change-rolout.svg)\n\n</Figure>'),
      errors: [
        {
          line: 3,
          column: 1,
          message: 'There is no file content/papers/images/change-rolout.svg. Did you mean "change-rollout.svg"?',
        },
      ],
    },
    {
      // A .md paper cannot hold a <Figure>: the advice is to rename it.
      code: `Intro.\n\n${image}`,
      kind: 'paper',
      file: 'papers/example.md',
      errors: [
        { line: 3, column: 1, message: 'works only in .mdx files: rename this paper to .mdx and write <Figure' },
      ],
    },
    {
      // Outside a paper, a figure would not help: one problem, saying where figures go.
      code: `Intro.\n\n${image}`,
      kind: 'status',
      file: 'status/incidents/example.md',
      errors: [{ line: 3, column: 1, message: 'Only papers show figures' }],
    },
    {
      ...paper(
        '<Figure caption="Steps.">\n\n![Four steps.][steps]\n\n</Figure>\n\n[steps]: ./images/change-rollout.svg',
      ),
      errors: [{ line: 3, column: 1, message: 'not as a reference' }],
    },
    {
      code: `<Figure caption="Steps.">\n\n${image}\n\n</Figure>`,
      kind: 'policy',
      file: 'policies/example/2025-01-01.mdx',
      errors: [{ line: 3, column: 1, message: 'Only papers show figures' }],
    },
    {
      ...paper('<Figure caption="Steps."><img src="./images/change-rollout.svg" alt="Four steps." /></Figure>'),
      errors: [
        // The <img> itself is markup/element's to refuse.
        { line: 1, column: 1, message: 'shows one image' },
      ],
    },
  ],
});
