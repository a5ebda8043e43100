import rule from '../../../../src/check/rules/gotcha/jurisdiction.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'You can take a dispute to a court near you.',
    // Courts near the customer are the fair side of the clause.
    'Disputes will be heard by the courts of the country where you live.',
  ],
  invalid: [
    { code: 'The courts of Delaware have exclusive jurisdiction.', errors: [{ line: 1, column: 29 }] },
    {
      code: 'You submit to the personal jurisdiction of the courts located in London.',
      errors: [{ line: 1, column: 5 }],
    },
  ],
});
