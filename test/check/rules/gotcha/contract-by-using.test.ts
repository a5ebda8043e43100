import rule from '../../../../src/check/rules/gotcha/contract-by-using.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'You agree to these terms when you sign up.',
    'Using our service is free for the first month.',
    // The two parts of a pair must come in order: agreement first, then a use, is a different sentence.
    'If you agree to these terms at sign-up, we will show you how to start by using the setup guide, which explains every step.',
  ],
  invalid: [
    { code: 'By using this site, you agree to these terms.', errors: [{ line: 1, column: 1 }] },
    { code: 'Your use of the service constitutes acceptance of this agreement.', errors: [{ line: 1, column: 6 }] },
    { code: 'You are deemed to have accepted these terms.', errors: [{ line: 1, column: 9 }] },
    { code: 'You agree to these terms by installing the app.', errors: [{ line: 1, column: 5 }] },
    // A pair: the use and the agreement far apart in one long sentence; reported from the first part to the last.
    {
      code: 'By accessing or using the website, the apps, the forums, the help pages, the shop, the newsletters or any other service we run now or later, you agree to be bound by these terms.',
      errors: [{ line: 1, column: 1, message: 'By accessing … agree to be bound by these terms' }],
    },
  ],
});
