import rule from '../../../src/rules/fee/unpriced-charge.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'If you cancel during your contract, an early termination fee of $10 for each remaining month applies, up to $120.',
    'A late payment fee of $5 is charged when a bill is more than 15 days overdue.',
    'A $35 activation charge is billed on your first invoice.',
    'There is no early termination fee and no activation charge.',
    'We refund the installation fee if you cancel within 30 days of installation.',
    'The installation fee is refunded if you cancel within 60 days.',
    'Our fee list gives the amount of every one-time charge, such as installation.',
    // Priced once, named again: the reader has the amount.
    'A late fee of $5 applies when a bill is 15 days late.\n\nThe late fee applies once per bill.',
    { code: 'Say that a <Fee id="late-payment" /> late fee applies in 3 days.', file: 'policy.mdx' },
    // A paper discusses kinds of charge in general.
    { code: 'An early-termination fee exists to make leaving expensive.', kind: 'paper' },
  ],
  invalid: [
    {
      code: 'An early termination fee applies if you cancel during your contract.',
      errors: [{ line: 1, column: 4, message: '"early termination fee"' }],
    },
    { code: 'Equipment charges may apply to your account.', errors: [{ line: 1, column: 1 }] },
    { code: "You'll be charged a reconnection fee to restore service.", errors: [{ line: 1, column: 21 }] },
    { code: 'Unreturned equipment will be billed at its replacement cost.', errors: [{ line: 1, column: 1 }] },
    // One report per charge, however often the document names it.
    {
      code: 'A late fee applies to overdue bills.\n\nThe late fee applies once per bill.',
      errors: [{ line: 1, column: 3 }],
    },
  ],
});
