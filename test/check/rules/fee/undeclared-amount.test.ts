import rule from '../../../../src/check/rules/fee/undeclared-amount.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

// The sample site declares $45, $55, $56.50, $70, $75, $1.50, $5, $10 and more.
ruleTester(rule, {
  valid: [
    'Fiber 300 costs $45 a month.',
    'The late fee is $5.00, once per bill.',
    'In 2025 we credited $6,310 to customers.',
    { code: '> A $4.99 processing fee applies.\n>\n> — Another provider\'s terms, 2024', kind: 'paper' },
  ],
  invalid: [
    { code: 'A $4.99 processing fee applies to card payments.', errors: [{ line: 1, column: 3, message: '$4.99 is not a declared price or fee' }] },
    { code: 'Intro.\n\nThe price is $45 a month, or $49 a month on paper bills.', errors: [{ line: 3, column: 30 }] },
    { code: 'You pay 12 dollars a month for the modem.', errors: [{ line: 1, column: 9 }] },
    // A plain blockquote is not a quotation: it is still the company speaking.
    { code: '> Note: a $4.99 processing fee applies.', errors: [{ line: 1, column: 11 }] },
  ],
});
