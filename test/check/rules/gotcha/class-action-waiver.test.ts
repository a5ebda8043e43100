import rule from '../../../../src/check/rules/gotcha/class-action-waiver.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'You can join other customers with the same claim in one case.',
    // Arbitration itself is gotcha/arbitration.
    'All disputes will be resolved by binding arbitration.',
    // A heading names the clause.
    'Class action waiver',
  ],
  invalid: [
    { code: 'You waive any right to a jury trial.', errors: [{ line: 1, column: 5 }] },
    { code: 'You may not bring a class action against us.', errors: [{ line: 1, column: 9 }] },
    {
      code: 'Intro.\n\nThis section contains a class action waiver that applies to you.',
      errors: [{ line: 3, column: 25 }],
    },
  ],
});
