import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/rules/engine.ts';
import { emptyFacts } from '../../../src/rules/facts.ts';
import rule from '../../../src/rules/plain/readability.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const plain =
  'We send you a bill once a month. You can pay it online or by phone. If you pay late, we remind you twice. ';
const dense =
  'Notwithstanding the aforementioned provisions, the subscriber acknowledges that telecommunications ' +
  'infrastructure availability, interoperability considerations and regulatory determinations may necessitate ' +
  'modifications affecting contractual obligations. ';

ruleTester(rule, {
  valid: [plain.repeat(12)],
  invalid: [{ code: dense.repeat(6), errors: [{ line: 1, column: 1, message: 'reads at grade' }] }],
});

describe('plain/readability limits from site.yaml', () => {
  it('uses the limits set for the kind of content', () => {
    const strict = { ...emptyFacts(new Date()), readability: { policy: { warning: 0, error: 0 } } };
    const report = checkText('case.mdx', plain.repeat(12), 'policy', { rules: [rule], facts: strict });
    expect(report.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('the most allowed is 0')]);
    const paper = checkText('case.mdx', plain.repeat(12), 'paper', { rules: [rule], facts: strict });
    expect(paper.diagnostics).toEqual([]);
  });
});
