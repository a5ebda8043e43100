import rule from '../../../../src/check/rules/fee/early-termination-undisclosed.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

const plan = (months: number, earlyTermination: string) => ({
  code: `name: Fiber\ncontract:\n  months: ${months}\n  earlyTermination: ${earlyTermination}\n`,
  kind: 'pricing' as const,
  file: 'pricing/plans/fiber.yaml',
});

ruleTester(rule, {
  valid: [
    plan(0, 'None. Cancel any time.'),
    plan(24, 'None. You lose the price lock, nothing else.'),
    plan(24, '$10 for each month left, at most $120.'),
  ],
  invalid: [
    { ...plan(24, 'A fee applies if you leave early.'), errors: [{ line: 4, column: 3, message: '24-month term' }] },
  ],
});
