import rule from '../../../../src/check/rules/gotcha/unilateral-termination.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'You may cancel your account at any time.',
    'We can end your service only if you have not paid for 60 days after two written reminders.',
  ],
  invalid: [
    { code: 'We may suspend or terminate your account at any time.', errors: [{ line: 1, column: 4 }] },
    { code: 'The company reserves the right to terminate access without notice.', errors: [{ line: 1, column: 26 }] },
    { code: 'Accounts may be suspended for any reason.', errors: [{ line: 1, column: 17 }] },
  ],
});
