import rule from '../../../../src/check/rules/gotcha/contract-by-using.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['You agree to these terms when you sign up.', 'Using our service is free for the first month.'],
  invalid: [
    { code: 'By using this site, you agree to these terms.', errors: [{ line: 1, column: 1 }] },
    { code: 'Your use of the service constitutes acceptance of this agreement.', errors: [{ line: 1, column: 6 }] },
    { code: 'You are deemed to have accepted these terms.', errors: [{ line: 1, column: 9 }] },
  ],
});
