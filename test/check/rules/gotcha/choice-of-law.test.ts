import rule from '../../../../src/check/rules/gotcha/choice-of-law.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'You keep every right the law where you live gives you.',
    // The customer's own law is the fair side of the clause.
    'These terms are governed by the laws of the country where you live.',
  ],
  invalid: [
    { code: 'These terms are governed by the laws of the State of New York.', errors: [{ line: 1, column: 17 }] },
    { code: 'This agreement shall be construed in accordance with English law.', errors: [{ line: 1, column: 25 }] },
  ],
});
