import rule from '../../../../src/check/rules/gotcha/change-without-notice.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['We tell you 30 days before a price changes.'],
  invalid: [
    { code: 'Prices may change without notice.', errors: [{ line: 1, column: 19 }] },
    { code: 'Features can be removed without prior notice to you.', errors: [{ line: 1, column: 25 }] },
  ],
});
