import rule from '../../../../src/check/rules/fee/vague-fee-language.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'The price includes every mandatory fee: $56.50 a month.',
    'Other fees apply only in the situations our fee list describes.',
  ],
  invalid: [
    { code: 'Plus applicable taxes and fees.', errors: [{ line: 1, column: 1 }] },
    { code: 'Additional charges may apply.', errors: [{ line: 1, column: 1 }] },
    { code: 'All prices are subject to change.', errors: [{ line: 1, column: 5 }] },
    { code: 'A network access fee is added to each bill.', errors: [{ line: 1, column: 3 }] },
  ],
});
