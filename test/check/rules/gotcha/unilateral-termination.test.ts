import rule from '../../../../src/check/rules/gotcha/unilateral-termination.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'You may cancel your account at any time.',
    'We can end your service only if you have not paid for 60 days after two written reminders.',
    'You can disable the sharing feature at any time.',
  ],
  invalid: [
    { code: 'We may suspend or terminate your account at any time.', errors: [{ line: 1, column: 4 }] },
    { code: 'The company reserves the right to terminate access without notice.', errors: [{ line: 1, column: 26 }] },
    { code: 'Accounts may be suspended for any reason.', errors: [{ line: 1, column: 17 }] },
    // Contracted, without a determiner, or "stop providing": the same clause.
    { code: 'We’ll terminate or suspend accounts of repeat offenders.', errors: [{ line: 1, column: 3 }] },
    { code: 'We may stop providing the service to you.', errors: [{ line: 1, column: 4 }] },
    { code: 'The company is entitled to terminate the agreement.', errors: [{ line: 1, column: 16 }] },
    { code: 'These terms terminate automatically if you break them.', errors: [{ line: 1, column: 13 }] },
    { code: 'We may terminate gift cards for cause without advance notice.', errors: [{ line: 1, column: 8 }] },
    {
      code: 'We reserve the right, at our sole and absolute discretion and for reasons we need not give, to suspend your account.',
      errors: [{ line: 1, column: 4 }],
    },
  ],
});
