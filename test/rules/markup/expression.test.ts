import rule from '../../../src/rules/markup/expression.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const paper = (code: string) => ({ code, kind: 'paper' as const, file: 'papers/example.mdx' });

ruleTester(rule, {
  valid: [
    paper('A comment: {/* plainsight-disable-next-line plain/legalese -- quoted law */}'),
    paper('{/* a note for editors */}\n\nText.'),
    paper('<TotalCost plan="fiber-300" months={12} />'),
    paper('<TotalCost plan="fiber-300" months={-1} />'),
    paper('<Figure caption={"A chart"} wide={true}>![Chart of outages](./images/outages.svg)</Figure>'),
    paper("<Figure caption={'A chart'}>x</Figure>"),
    paper('Braces in code are text: `{price * 2}`.'),
    { code: 'In Markdown, {braces} are text.', kind: 'status', file: 'status/incidents/example.md' },
  ],
  invalid: [
    {
      ...paper('Our price is {basePrice * 1.2} a month.'),
      errors: [{ line: 1, column: 14, message: 'Content cannot run code: "basePrice * 1.2" is an expression.' }],
    },
    { ...paper('Intro.\n\n{fetch("https://example.com")}'), errors: [{ line: 3, column: 1 }] },
    { ...paper('{/* a comment */ process.exit(1)}'), errors: [{ line: 1, column: 1 }] },
    {
      ...paper('<Price plan={plans[0]} />'),
      errors: [{ line: 1, column: 1, message: 'The attribute "plan" is code ("plans[0]")' }],
    },
    { ...paper('<Figure caption={`A ${x}`}>x</Figure>'), errors: [{ line: 1, column: 1 }] },
    { ...paper('<Figure caption={"a" + "b"}>x</Figure>'), errors: [{ line: 1, column: 1 }] },
    {
      ...paper('<Price {...props} />'),
      errors: [{ line: 1, column: 1, message: 'Content cannot spread code into an element' }],
    },
  ],
});
