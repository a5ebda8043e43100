import rule from '../../../../src/check/rules/gotcha/indemnity.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['If you damage our equipment on purpose, you pay for the repair.'],
  invalid: [
    { code: 'You agree to indemnify and hold us harmless.', errors: [{ line: 1, column: 14 }] },
    { code: 'You will hold the company harmless from all claims.', errors: [{ line: 1, column: 10 }] },
  ],
});
