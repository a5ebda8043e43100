import rule from '../../../../src/check/rules/fee/unexplained-fee.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

const fee = (why: string) => ({
  code: `- id: x\n  name: X\n  why: ${why}\n`,
  kind: 'pricing' as const,
  file: 'pricing/fees.yaml',
});

ruleTester(rule, {
  valid: [
    fee('A technician spends about three hours running fiber to your home. This covers part of that visit.'),
    fee('Our bank charges us $10 when a payment comes back. We pass on that cost and nothing more.'),
    fee('The county charges every phone line $1.50 a month to run the 911 call centre.'),
    // The same words outside a fee's reason are another rule's business.
    {
      code: '- id: x\n  appliesWhen: For administrative costs of moving.\n',
      kind: 'pricing',
      file: 'pricing/fees.yaml',
    },
  ],
  invalid: [
    {
      ...fee('To recover administrative and operational costs.'),
      errors: [{ line: 3, column: 38, message: 'This is not a reason: "operational costs"' }],
    },
    { ...fee('This is a standard fee in the industry.'), errors: [{ line: 3, column: 18 }] },
    { ...fee('It helps us with cost recovery across the network.'), errors: [{ line: 3, column: 25 }] },
    { ...fee('We charge it as permitted by law.'), errors: [{ line: 3, column: 21 }] },
  ],
});
