import rule from '../../../src/rules/plain/passive-voice.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['We may pause your account.', 'The service is based in Bayside.'],
  invalid: [
    { code: 'Your account may be suspended.', errors: [{ line: 1, column: 18 }] },
    { code: 'Fees are usually charged monthly.', errors: [{ line: 1, column: 6 }] },
  ],
});
