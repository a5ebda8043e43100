import rule from '../../../../src/check/rules/plain/readability.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

const plain = 'We send you a bill once a month. You can pay it online or by phone. If you pay late, we remind you twice. ';
const dense =
  'Notwithstanding the aforementioned provisions, the subscriber acknowledges that telecommunications infrastructure availability, interoperability considerations and regulatory determinations may necessitate modifications affecting contractual obligations. ';

ruleTester(rule, {
  valid: [plain.repeat(12)],
  invalid: [{ code: dense.repeat(6), errors: [{ line: 1, column: 1, message: 'reads at grade' }] }],
});
