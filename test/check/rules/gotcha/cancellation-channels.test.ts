import rule from '../../../../src/check/rules/gotcha/cancellation-channels.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

const plan = (signup: string, channels: string) => ({
  code: `name: Fiber\nsignup: [${signup}]\ncancellation:\n  howTo: Tell us.\n  channels: [${channels}]\n`,
  kind: 'pricing' as const,
  file: 'pricing/plans/fiber.yaml',
});

ruleTester(rule, {
  valid: [
    plan('online, phone', 'online, phone'),
    plan('online', 'online, phone, chat'),
    plan('store', 'store, online'),
  ],
  invalid: [
    {
      ...plan('online, phone, store', 'phone, store'),
      errors: [{ line: 5, column: 3, message: 'sign up online, but' }],
    },
    {
      ...plan('online, phone, store', 'chat'),
      errors: [{ line: 5, column: 3, message: 'online, by phone, or in our shop' }],
    },
  ],
});
