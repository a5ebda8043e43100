import rule from '../../../src/rules/markup/unsafe-url.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const paper = (code: string) => ({ code, kind: 'paper' as const, file: 'papers/example.mdx' });
const incident = (code: string) => ({ code, kind: 'status' as const, file: 'status/incidents/example.md' });

ruleTester(rule, {
  valid: [
    paper('[Cancel online](/policies/cancellation/) or [read the law](https://www.ftc.gov/).'),
    paper('Write to [support](mailto:help@example.com) or call [us](tel:+15550100).'),
    paper('<Figure caption="Data: what we collect">![Data we collect, by kind](./images/data.svg)</Figure>'),
    paper('The word javascript: is text here.'),
    incident('<a href="/status/">status</a>'),
  ],
  invalid: [
    {
      ...paper('[Cancel online](javascript:void(0))'),
      errors: [{ line: 1, column: 1, message: 'An address starting with "javascript:" is not allowed' }],
    },
    {
      ...paper('Intro.\n\n![A chart](data:image/svg+xml;base64,PHN2Zz4=)'),
      errors: [{ line: 3, column: 1, message: '"data:"' }],
    },
    { ...paper('[x]: vbscript:msgbox\n\nSee [x].'), errors: [{ line: 1, column: 1, message: '"vbscript:"' }] },
    { ...paper('<a href="JavaScript:alert(1)">x</a>'), errors: [{ line: 1, column: 1 }] },
    // Browsers ignore tabs and newlines inside a scheme, and decode entities first.
    {
      ...incident('<a href="java&#x09;script:alert(1)">x</a>'),
      errors: [{ line: 1, column: 1, message: '"javascript:"' }],
    },
    {
      ...incident('<a href="jav&#97;script&colon;alert(1)">x</a>'),
      errors: [{ line: 1, column: 1, message: '"javascript:"' }],
    },
    { ...incident('[x](file:///etc/passwd)'), errors: [{ line: 1, column: 1, message: '"file:"' }] },
  ],
});
