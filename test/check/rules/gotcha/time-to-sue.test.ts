import rule from '../../../../src/check/rules/gotcha/time-to-sue.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['You keep every right the law gives you.'],
  invalid: [
    { code: 'Any claim must be filed within one year after it arose.', errors: [{ line: 1, column: 5 }] },
    { code: 'Otherwise the claim is forever barred.', errors: [{ line: 1, column: 24 }] },
  ],
});
