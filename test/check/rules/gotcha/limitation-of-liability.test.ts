import rule from '../../../../src/check/rules/gotcha/limitation-of-liability.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'If our fault costs you money, we pay it back.',
    'Credits appear on your next bill.',
    'Nothing in these terms limits our liability for fraud or negligence.',
    // The fair side of the clause: what stays, what the law forbids excluding, and a survival list.
    'Nothing in these terms affects your statutory rights or excludes our responsibility for negligence.',
    'Some states do not allow the exclusion of incidental or consequential damages, so that exclusion may not apply to you.',
    'Sections 8 to 10 (disclaimers, no liability for indirect damages, indemnity) survive the end of this agreement.',
  ],
  invalid: [
    { code: 'In no event shall we be liable for any damages.', errors: [{ line: 1, column: 1 }] },
    { code: 'We will not be liable for indirect damages.', errors: [{ line: 1, column: 9 }] },
    { code: 'We are not responsible for any loss or damage.', errors: [{ line: 1, column: 8 }] },
    { code: 'Our liability is limited to the fees you paid.', errors: [{ line: 1, column: 5 }] },
    // A contraction is no way around the rule: "won't" reads as "will not", with the column of the words as written.
    { code: 'We won’t be liable for indirect damages.', errors: [{ line: 1, column: 6 }] },
  ],
});
