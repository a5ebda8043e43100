/**
 * A table-driven tester for one prose rule, after ESLint's RuleTester: valid
 * snippets must produce no report from the rule, invalid ones exactly the
 * reports listed, at their line and column. Snippets run through the real
 * engine (parse, normalise, segment, match), with the sample site's facts.
 */
import { describe, expect, it } from 'vitest';
import { buildNow } from '../../src/domain/dates.ts';
import type { ProseKind } from '../../src/reader/layout.ts';
import { readContent } from '../../src/reader/read-content.ts';
import { checkText } from '../../src/rules/engine.ts';
import { factsOf } from '../../src/rules/facts.ts';
import type { ProseRule } from '../../src/rules/rule.ts';
import { projectRoot } from './content-tree.ts';

export const sampleFacts = factsOf(readContent(projectRoot, 'content'), buildNow(process.env));

type Case = string | { code: string; kind?: ProseKind; file?: string };
interface InvalidCase {
  code: string;
  kind?: ProseKind;
  file?: string;
  errors: Array<{ line?: number; column?: number; message?: string }>;
}

/** The diagnostics one rule reports on a snippet. */
export function runRule(rule: ProseRule, code: string, kind: ProseKind, file: string) {
  return checkText(file, code, kind, { rules: [rule], facts: sampleFacts }).diagnostics.filter(
    (d) => d.ruleId === rule.meta.id,
  );
}

export function ruleTester(rule: ProseRule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const defaultKind: ProseKind = rule.meta.appliesTo?.[0] ?? 'policy';
  describe(rule.meta.id, () => {
    it.each(cases.valid.map((c) => (typeof c === 'string' ? { code: c } : c)))('accepts: $code', (c) => {
      expect(runRule(rule, c.code, c.kind ?? defaultKind, c.file ?? 'case.mdx')).toEqual([]);
    });
    it.each(cases.invalid)('refuses: $code', (c) => {
      const found = runRule(rule, c.code, c.kind ?? defaultKind, c.file ?? 'case.mdx');
      expect(found).toHaveLength(c.errors.length);
      c.errors.forEach((e, i) => {
        if (e.line !== undefined) expect(found[i]?.line).toBe(e.line);
        if (e.column !== undefined) expect(found[i]?.column).toBe(e.column);
        if (e.message) expect(found[i]?.message).toContain(e.message);
      });
    });
  });
}
