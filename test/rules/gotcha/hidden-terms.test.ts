import rule from '../../../src/rules/gotcha/hidden-terms.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A $9 setup fee applies when you join.',
    { code: 'Text <!-- TODO: add a photo --> here.', file: 'case.md' },
    '<span aria-hidden="true">★★★</span> Five stars.',
  ],
  invalid: [
    {
      code: 'Welcome.\n\n<span hidden>A $9 setup fee applies.</span>',
      errors: [{ line: 3, column: 1, message: 'the hidden attribute' }],
    },
    {
      code: 'Welcome. <!-- a cancellation fee of $50 applies --> Enjoy.',
      file: 'case.md',
      errors: [{ line: 1, column: 10, message: 'an HTML comment' }],
    },
    {
      code: '<div style="display:none">Price rises to $90 after a year.</div>',
      file: 'case.md',
      errors: [{ line: 1, column: 1 }],
    },
    { code: '<p style="font-size: 0">Extra terms apply.</p>\n', errors: [{ line: 1, column: 1 }] },
  ],
});
