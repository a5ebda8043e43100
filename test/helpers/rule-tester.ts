/**
 * A table-driven tester for one rule, after ESLint's RuleTester: valid
 * snippets must produce no report from the rule, invalid ones exactly the
 * reports listed, at their line and column. Snippets run through the real
 * engine (parse, normalise, segment, match), with the sample site's facts.
 */
import { describe, expect, it } from 'vitest';
import type { CheckKind } from '../../src/check/document.ts';
import { checkText } from '../../src/check/engine.ts';
import { loadCheckFacts } from '../../src/check/facts.ts';
import type { Rule } from '../../src/check/rule.ts';
import { projectRoot } from './content-tree.ts';

const facts = loadCheckFacts(projectRoot, 'content');

type Case = string | { code: string; kind?: CheckKind; file?: string };
interface InvalidCase {
  code: string;
  kind?: CheckKind;
  file?: string;
  errors: Array<{ line: number; column: number; message?: string }>;
}

function run(rule: Rule, code: string, kind: CheckKind, file: string) {
  return checkText(file, code, kind, { rules: [rule], facts }).diagnostics.filter((d) => d.ruleId === rule.meta.id);
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const defaultKind: CheckKind = rule.meta.appliesTo?.[0] ?? 'policy';
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((c) => (typeof c === 'string' ? { code: c } : c)))('accepts: $code', (c) => {
      expect(run(rule, c.code, c.kind ?? defaultKind, c.file ?? 'case.mdx')).toEqual([]);
    });
    it.each(cases.invalid)('refuses: $code', (c) => {
      const found = run(rule, c.code, c.kind ?? defaultKind, c.file ?? 'case.mdx');
      expect(found.map((d) => ({ line: d.line, column: d.column }))).toEqual(
        c.errors.map((e) => ({ line: e.line, column: e.column })),
      );
      c.errors.forEach((e, i) => {
        if (e.message) expect(found[i]?.message).toContain(e.message);
      });
    });
  });
}
