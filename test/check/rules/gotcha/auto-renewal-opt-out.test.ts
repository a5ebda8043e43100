import rule from '../../../../src/check/rules/gotcha/auto-renewal-opt-out.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['Your plan renews each month until you cancel, which you can do at any time.'],
  invalid: [
    {
      code: 'The contract renews automatically unless cancelled 60 days before the end of the term.',
      errors: [{ line: 1, column: 14 }],
    },
    { code: 'Subscriptions automatically renew for successive one-year terms.', errors: [{ line: 1, column: 15 }] },
  ],
});
