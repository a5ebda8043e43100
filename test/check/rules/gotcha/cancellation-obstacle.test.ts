import rule from '../../../../src/check/rules/gotcha/cancellation-obstacle.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['Cancel online with one button, or by phone, chat or email.', 'There is no cancellation fee.'],
  invalid: [
    { code: 'You can cancel only by phone.', errors: [{ line: 1, column: 9 }] },
    { code: 'To cancel, you must call our retention team.', errors: [{ line: 1, column: 1 }] },
    { code: 'You must send written notice to cancel.', errors: [{ line: 1, column: 5 }] },
    { code: 'Cancel at least 30 days before your renewal date.', errors: [{ line: 1, column: 1 }] },
  ],
});
