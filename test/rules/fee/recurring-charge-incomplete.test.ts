import rule from '../../../src/rules/fee/recurring-charge-incomplete.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'Your plan renews automatically each month at $45. You can cancel online at any time.',
    'Automatic payment is optional and you can turn it off at any time.',
  ],
  invalid: [
    {
      code: 'Your subscription renews automatically.',
      errors: [{ line: 1, column: 6, message: 'its amount, how often or how to cancel' }],
    },
    {
      code: 'Intro.\n\nYour card is charged automatically for $45. Cancel online.',
      errors: [{ line: 3, column: 14, message: 'without how often.' }],
    },
  ],
});
