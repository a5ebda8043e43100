import { describe, expect, it } from 'vitest';
import { buildNow } from '../../../src/domain/dates.ts';
import { checkText } from '../../../src/rules/engine.ts';
import { emptyFacts } from '../../../src/rules/facts.ts';
import rule from '../../../src/rules/model/unfair-clause.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester(rule, {
  valid: [
    'We end service only if a bill is 60 days overdue, after two reminders.',
    'You can take a dispute to any court that would normally hear it.',
    // A rule names this clause, so the rule reports it and the model stays quiet.
    'All disputes will be resolved by binding arbitration.',
  ],
  invalid: [
    {
      code: 'Courts in the district of Bayside hear every dispute exclusively.',
      errors: [{ line: 1, column: 1, message: 'Reads like an unfair jurisdiction clause' }],
    },
  ],
});

describe('model/unfair-clause severity, from site.yaml', () => {
  const text = 'Courts in the district of Bayside hear every dispute exclusively.';
  const run = (modelFindings: Record<string, 'error' | 'warning' | 'off'>) =>
    checkText('case.md', text, 'policy', {
      rules: [rule],
      facts: { ...emptyFacts(buildNow(process.env)), modelFindings },
    }).diagnostics;

  it('is a warning by default', () => {
    expect(run({}).map((d) => d.severity)).toEqual(['warning']);
  });
  it('is an error where a collection asks for it', () => {
    expect(run({ policy: 'error' }).map((d) => d.severity)).toEqual(['error']);
  });
  it('says nothing where a collection turns it off, and only there', () => {
    expect(run({ policy: 'off' })).toEqual([]);
    expect(run({ paper: 'off' })).toHaveLength(1);
  });
  it('names the words that weighed most', () => {
    expect(run({})[0]?.message).toMatch(/because of "[^"]+"/);
  });
});
