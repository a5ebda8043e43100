import rule from '../../../../src/check/rules/status/maintenance-without-end.ts';
import { ruleTester } from '../../../helpers/rule-tester.ts';

const maintenance = (end: string) => ({
  code: `---\ntitle: Upgrade\ncomponents: [dns]\nscheduledStart: 2026-12-02T10:00:00Z\n${end}updates: []\n---\n`,
  kind: 'status' as const,
  file: 'status/maintenance/upgrade.md',
});

ruleTester(rule, {
  valid: [maintenance('scheduledEnd: 2026-12-02T12:00:00Z\n')],
  invalid: [{ ...maintenance(''), errors: [{ line: 4, column: 1 }] }],
});
