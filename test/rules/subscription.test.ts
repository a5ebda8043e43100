/**
 * The subscription clauses the rules are tuned on (`subscription/tune.yaml`,
 * `tune-2.yaml`, `tune-3.yaml`): every unfair clause is refused by a fee/ or gotcha/ rule,
 * and its fair counterpart passes. The development set (`dev.yaml`) is not
 * here: `npm run eval` measures it, and nothing is tuned on it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkText } from '../../src/rules/engine.ts';
import { allRules } from '../../src/rules/index.ts';

// fee/undeclared-amount compares amounts with the company's own catalogue; this text is not the company's.
const rules = allRules.filter(
  (rule) => /^(fee|gotcha)\//.test(rule.meta.id) && rule.meta.id !== 'fee/undeclared-amount',
);
const refusedBy = (text: string) =>
  checkText('clause.md', text, 'policy', { rules })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.ruleId);

const tune = parse(readFileSync(new URL('./subscription/tune.yaml', import.meta.url), 'utf8')) as Array<{
  kind: string;
  pairs: Array<{ unfair: string; fair: string }>;
}>;
const writtenApart = (name: string) =>
  parse(readFileSync(new URL(`./subscription/${name}`, import.meta.url), 'utf8')) as Array<{
    kind: string;
    unfair: boolean;
    text: string;
  }>;

describe('subscription clauses, each with its fair side', () => {
  for (const { kind, pairs } of tune)
    describe(kind, () => {
      for (const { unfair, fair } of pairs) {
        it(`refuses: ${unfair}`, () => expect(refusedBy(unfair)).not.toEqual([]));
        it(`accepts: ${fair}`, () => expect(refusedBy(fair)).toEqual([]));
      }
    });
});

for (const name of ['tune-2.yaml', 'tune-3.yaml'])
  describe(`subscription clauses written apart (${name})`, () => {
    it('refuses at least 95 % of the unfair ones and at most 5 % of the fair ones', () => {
      const clauses = writtenApart(name);
      const unfair = clauses.filter((clause) => clause.unfair);
      const fair = clauses.filter((clause) => !clause.unfair);
      const missed = unfair.filter((clause) => refusedBy(clause.text).length === 0).map((c) => c.text);
      const flagged = fair.filter((clause) => refusedBy(clause.text).length > 0).map((c) => c.text);
      expect(unfair.length).toBeGreaterThan(100);
      expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(Math.floor(unfair.length * 0.05));
      expect(flagged.length, flagged.join('\n')).toBeLessThanOrEqual(Math.floor(fair.length * 0.05));
    });
  });
