import rule from '../../../src/rules/plain/glossary-term.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

// Snippets are checked against the sample site's glossary.
const policy = (code: string) => ({ code, kind: 'policy' as const, file: 'policies/example/2025-01-01.mdx' });

ruleTester(rule, {
  valid: [
    policy('Each full day of <Term id="outage">outage</Term> earns a credit.'),
    policy('You get a <Term id="service-credit" /> automatically.'),
    policy('<Fee id="installation" /> is not a term.'),
  ],
  invalid: [
    {
      ...policy('Intro.\n\nEach full day of <Term id="outtage">outage</Term> earns a credit.'),
      errors: [
        {
          line: 3,
          column: 18,
          message: 'names the term "outtage", but there is no such term in glossary.yaml. Did you mean "outage"?',
        },
      ],
    },
    {
      ...policy('A <Term>billing cycle</Term>.'),
      errors: [{ line: 1, column: 3, message: '<Term> needs an "id" attribute' }],
    },
    {
      ...policy('A <Term id={term}>billing cycle</Term>.'),
      errors: [{ line: 1, column: 3, message: 'must be written as text in quotes' }],
    },
    {
      ...policy('A <Term id="outage" title="x">outage</Term>.'),
      errors: [{ line: 1, column: 3, message: 'has no "title" attribute' }],
    },
  ],
});
