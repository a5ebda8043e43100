import rule from '../../../src/rules/fee/intro-price-incomplete.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['$55 a month for the first 6 months, then $70 a month.', 'Fiber 300 is $45 a month.'],
  invalid: [
    {
      code: 'Introductory price: $55 a month.',
      errors: [{ line: 1, column: 21, message: 'its duration or the regular price after it' }],
    },
    {
      code: 'A promotional rate of $30 for 12 months.',
      errors: [{ line: 1, column: 23, message: 'the regular price after it' }],
    },
  ],
});
