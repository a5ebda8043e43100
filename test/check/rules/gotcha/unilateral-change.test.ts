import rule from '../../../../src/check/rules/gotcha/unilateral-change.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'We tell you 30 days before any change, and you can cancel before it applies.',
    'You can change your plan at any time.',
    'If we want to change your price, we tell you by email at least 30 days before the change takes effect.',
    // The fair sides: the customer's own changes, and changes only by agreement of both sides.
    'You may need to update the app from time to time to keep using the service.',
    'These terms may not be changed except by a written amendment signed by both of us.',
  ],
  invalid: [
    {
      code: 'We may modify these terms at any time.',
      errors: [{ line: 1, column: 4, message: '"may modify these terms"' }],
    },
    // The customer's own change clears only the words it covers: the company's change in the same sentence still counts.
    {
      code: 'You may need to update the app, and we may modify these terms at any time.',
      errors: [{ line: 1, column: 40 }],
    },
    { code: 'Intro.\n\nWe reserve the right to change the service.', errors: [{ line: 3, column: 4 }] },
    {
      code: 'Your continued use of the service constitutes acceptance of the changes.',
      errors: [{ line: 1, column: 6 }],
    },
    { code: 'We may, from time to time, update this policy.', errors: [{ line: 1, column: 4 }] },
    { code: 'Changes are effective immediately upon posting.', errors: [{ line: 1, column: 1 }] },
    // Evasions: a zero-width space inside a word, and a Cyrillic "о" in "modify".
    { code: 'We may mod\u200bify these terms.', errors: [{ line: 1, column: 4 }] },
    { code: 'We may mоdify these terms.', errors: [{ line: 1, column: 4 }] },
  ],
});
