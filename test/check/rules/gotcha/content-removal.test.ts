import rule from '../../../../src/check/rules/gotcha/content-removal.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: ['You can delete your own posts at any time.', 'We keep your files for as long as your account is open.'],
  invalid: [
    { code: 'We may remove any content you post.', errors: [{ line: 1, column: 4 }] },
    { code: 'We reserve the right to delete submissions.', errors: [{ line: 1, column: 4 }] },
    { code: 'We have no obligation to store your data.', errors: [{ line: 1, column: 9 }] },
  ],
});
