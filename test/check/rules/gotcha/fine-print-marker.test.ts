import rule from '../../../../src/check/rules/gotcha/fine-print-marker.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['The price is $55 a month for 6 months, then $70.'],
  invalid: [
    { code: 'Terms and conditions apply.', errors: [{ line: 1, column: 1 }] },
    { code: 'Some restrictions may apply.', errors: [{ line: 1, column: 1 }] },
    { code: 'Offer subject to availability.', errors: [{ line: 1, column: 7 }] },
  ],
});
