import rule from '../../../../src/check/rules/fee/conditional-without-condition.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

const fees = (...items: Array<[kind: string, appliesWhen: string]>) => ({
  code: items
    .map(([kind, appliesWhen], i) => `- id: fee-${i}\n  kind: ${kind}\n  appliesWhen: ${appliesWhen}\n`)
    .join('\n'),
  kind: 'pricing' as const,
  file: 'pricing/fees.yaml',
});

ruleTester(rule, {
  valid: [
    fees(['conditional', 'Once per bill, if a bill is still unpaid 15 days after its due date.']),
    fees(['conditional', 'When your bank refuses a payment.']),
    fees(['conditional', 'Only on the Ridge Road plan.']),
    // Not conditional: no trigger needed.
    fees(['recurring', 'Every month.']),
  ],
  invalid: [
    {
      ...fees(['recurring', 'Every month.'], ['conditional', 'Applies to some accounts.']),
      errors: [{ line: 7, column: 3, message: 'The conditional fee "fee-1" does not say when it is charged' }],
    },
    { ...fees(['conditional', 'Sometimes.']), errors: [{ line: 3, column: 3 }] },
  ],
});
