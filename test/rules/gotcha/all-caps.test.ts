import rule from '../../../src/rules/gotcha/all-caps.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['We use HTTPS, DNS and IPv6 on every line.', 'Call 911 in an emergency.'],
  invalid: [
    {
      code: 'Note: WE ARE NOT RESPONSIBLE FOR ANY LOSS OF DATA.',
      errors: [{ line: 1, column: 7, message: '9 words' }],
    },
  ],
});
