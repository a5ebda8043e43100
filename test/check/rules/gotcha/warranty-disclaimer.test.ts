import rule from '../../../../src/check/rules/gotcha/warranty-disclaimer.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'We promise the speed your plan states, and credit you when we miss it.',
    'As it is raining, the technician may be late.',
  ],
  invalid: [
    { code: 'The service is provided "as is" without warranties.', errors: [{ line: 1, column: 16 }] },
    { code: 'We make no representations about the service.', errors: [{ line: 1, column: 4 }] },
    { code: 'You use the service at your own risk.', errors: [{ line: 1, column: 21 }] },
  ],
});
