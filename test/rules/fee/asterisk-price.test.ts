import rule from '../../../src/rules/fee/asterisk-price.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['$30 a month for 6 months, then $45 a month.', 'We use *emphasis* near $45 without a marker.'],
  invalid: [
    { code: 'Only $30/mo\\*', errors: [{ line: 1, column: 6 }] },
    { code: 'Just $45.[^1]\n\n[^1]: For the first month.', errors: [{ line: 1, column: 6 }] },
  ],
});
