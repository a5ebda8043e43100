import rule from '../../../src/rules/markup/event-handler.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const paper = (code: string) => ({ code, kind: 'paper' as const, file: 'papers/example.mdx' });
const incident = (code: string) => ({ code, kind: 'status' as const, file: 'status/incidents/example.md' });

ruleTester(rule, {
  valid: [
    paper('<span>Click here</span> and we call you once.'),
    paper('Our onboarding is online: <abbr title="online">on</abbr>.'),
    incident('We were on it within <b>5 minutes</b>.'),
  ],
  invalid: [
    {
      ...paper('<span onClick="track()">Our prices</span>'),
      errors: [{ line: 1, column: 1, message: 'The attribute "onClick" runs code' }],
    },
    { ...paper('Intro.\n\n<Fee id="installation" onMouseOver="x()" />'), errors: [{ line: 3, column: 1 }] },
    {
      ...incident('Fixed. <b onmouseover="alert(1)">now</b>'),
      errors: [{ line: 1, column: 8, message: '"onmouseover"' }],
    },
    { ...incident('<span\n  ONLOAD=alert(1)>x</span>'), errors: [{ line: 1, column: 1 }] },
  ],
});
