import rule from '../../../../src/check/rules/gotcha/arbitration.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'You can take a dispute to any court that would normally hear it.',
    // A heading names the clause; the sentences under it make it, and are reported.
    '## Binding arbitration',
    'Binding arbitration, class waiver.',
    // The customer's right to leave arbitration is the fair side of the clause.
    'You may opt out of this agreement to arbitrate within 30 days.',
    'You can opt-out of arbitration by writing to us.',
    // Giving up class actions or juries is its own rule, gotcha/class-action-waiver.
    'You waive any right to a jury trial.',
  ],
  invalid: [
    { code: 'All disputes will be resolved by binding arbitration.', errors: [{ line: 1, column: 5 }] },
    // Five words are enough to make the clause.
    { code: 'You agree to binding arbitration.', errors: [{ line: 1, column: 14 }] },
  ],
});
