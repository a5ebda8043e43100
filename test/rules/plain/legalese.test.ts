import rule from '../../../src/rules/plain/legalese.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['Under this agreement, you pay monthly.'],
  invalid: [
    {
      code: 'Pursuant to this agreement, the customer shall pay monthly.',
      errors: [
        { line: 1, column: 1, message: 'write "under"' },
        { line: 1, column: 42, message: 'write "must or will"' },
      ],
    },
    { code: 'In the event that you move, tell us.', errors: [{ line: 1, column: 1 }] },
  ],
});
