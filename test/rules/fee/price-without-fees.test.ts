import rule from '../../../src/rules/fee/price-without-fees.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

// Sample facts: Fiber 300 and Home Phone is $55.00 plus the $1.50 911 charge.
ruleTester(rule, {
  valid: [
    'Fiber 300 and Home Phone costs $56.50 a month, every fee included.',
    'Fiber 300 costs $45 a month.',
    'Fiber 1 Gig is $55 a month for 6 months.',
  ],
  invalid: [
    {
      code: 'Fiber 300 and Home Phone costs $55 a month.',
      errors: [{ line: 1, column: 32, message: 'costs $56.50 all-in, not $55' }],
    },
    { code: 'Intro.\n\nFor $55.00, Fiber 300 and Home Phone gives you both.', errors: [{ line: 3, column: 5 }] },
  ],
});
