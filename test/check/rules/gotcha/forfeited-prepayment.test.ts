import rule from '../../../../src/check/rules/gotcha/forfeited-prepayment.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['We refund every day you paid for but did not use.'],
  invalid: [
    { code: 'All fees are non-refundable.', errors: [{ line: 1, column: 14 }] },
    { code: 'There are no refunds for partial months.', errors: [{ line: 1, column: 11 }] },
    { code: 'Unused credit is forfeited when you leave.', errors: [{ line: 1, column: 18 }] },
  ],
});
