import rule from '../../../../src/check/rules/gotcha/sole-discretion.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['We refuse service only to someone who has attacked our network.'],
  invalid: [
    {
      code: 'We may refuse service at our sole discretion.',
      errors: [{ line: 1, column: 30, message: '"sole discretion"' }],
    },
    { code: 'We can close accounts for any reason.', errors: [{ line: 1, column: 23 }] },
    // Full-width letters fold to ASCII under NFKC.
    { code: 'At our ｓｏｌｅ discretion.', errors: [{ line: 1, column: 8 }] },
  ],
});
