/**
 * No rule is unreachable: every rule, the engine's own included, is reported
 * at least once on real input. A rule counts only when a diagnostic with its
 * id comes out of a check; naming it in a test, a case or an import path is
 * not enough. The reports come from:
 *
 * - each phrase rule's refused examples, checked as test/rules/phrase-rules.test.ts checks them;
 * - every case of the bad-input corpus (test/fixtures/bad-input/cases), checked with every rule as
 *   test/schemas/bad-input.test.ts checks it;
 * - a link to a file that is gone, the one input the corpus cannot hold (`materialize` copies only files
 *   that exist);
 * - a real git repository of the sample content with the record rewritten since its commit, for the
 *   record/* rules, which compare the content with a base revision.
 *
 * A rule no source reports is named in the failure: add a bad-input case that makes it fire.
 */
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProseKind } from '../../src/reader/layout.ts';
import { checkContent } from '../../src/rules/check-content.ts';
import { checkText } from '../../src/rules/engine.ts';
import { engineRules } from '../../src/rules/engine-rules.ts';
import { allRules } from '../../src/rules/index.ts';
import type { PhraseExample, PhraseRule } from '../../src/rules/phrase-rule.ts';
import { fixedEpoch } from '../helpers/astro-build.ts';
import { readContentAt } from '../../src/reader/revision.ts';
import { loadCases, materialize } from '../helpers/bad-input.ts';
import { GitContentRepo } from '../helpers/git-repo.ts';
import { sampleFacts } from '../helpers/rule-tester.ts';

const ruleIds = [...allRules.map((rule) => rule.meta.id), ...engineRules.map((meta) => meta.id)];
const phraseRules = allRules.filter((rule): rule is PhraseRule => 'phrases' in rule);
const cases = loadCases();
const now = new Date(Number(fixedEpoch) * 1000);

/** Every rule id some source's check reported. */
const reported = new Set<string>();
/** The rule ids each bad-input case's check reported. */
const reportedByCase = new Map<string, Set<string>>();

/** The rule id of every diagnostic of the reports. */
function ruleIdsOf(reports: ReadonlyArray<{ diagnostics: ReadonlyArray<{ ruleId: string }> }>): string[] {
  return reports.flatMap((report) => report.diagnostics.map((d) => d.ruleId));
}

/** A refused example as the engine reads it: its text, kind and file name (as phrase-rules.test.ts reads it). */
function example(rule: PhraseRule, value: PhraseExample) {
  const base = { kind: (rule.meta.appliesTo?.[0] ?? 'policy') as ProseKind, file: 'case.mdx' };
  if (typeof value === 'string') return { ...base, text: value };
  return { ...base, ...value, kind: (value.kind ?? base.kind) as ProseKind, file: value.file ?? base.file };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  for (const rule of phraseRules) {
    for (const value of rule.phrases.examples.refused) {
      const c = example(rule, value);
      const report = checkText(c.file, c.text, c.kind, { rules: [rule], facts: sampleFacts });
      for (const id of ruleIdsOf([report])) reported.add(id);
    }
  }
  // Each case once, in its own copy of the base.
  for (const c of cases) {
    const dir = materialize(c);
    made.push(dir);
    const result = await checkContent(dir, '.', { now });
    const found = ruleIdsOf(result.files);
    reportedByCase.set(c.name, new Set(found));
    for (const id of found) reported.add(id);
  }
  // A link to nothing: the corpus's overlays are copied file by file, and a link to nothing is no file.
  const dir = materialize();
  made.push(dir);
  symlinkSync(join(dir, 'papers/gone.mdx'), join(dir, 'papers/link.mdx'));
  const result = await checkContent(dir, '.', { now });
  for (const id of ruleIdsOf(result.files)) reported.add(id);
  // The record rewritten since the last commit: a version in effect edited, with and without a correction,
  // one deleted, and a posted incident update edited.
  const repo = new GitContentRepo();
  try {
    repo.replace('policies/refunds/2025-03-01.mdx', 'with within 10 days.', 'with within 45 days.');
    repo.replace('policies/fair-use/2025-03-01.mdx', 'We never slow down your line', 'We slow down your line');
    repo.replace(
      'policies/fair-use/2025-03-01.mdx',
      'changeType: material\n',
      'changeType: material\ncorrections:\n  - { date: 2026-11-21, what: Shorter, why: Clarity }\n',
    );
    repo.git('rm', '-q', 'content/policies/privacy/2025-03-01.mdx');
    repo.replace('status/incidents/2026-11-19-support-chat.md', 'status: investigating', 'status: identified');
    const base = readContentAt(repo.root, 'content', 'HEAD').tree;
    const record = await checkContent(repo.root, 'content', { now, base });
    for (const id of ruleIdsOf(record.files)) reported.add(id);
  } finally {
    repo.dispose();
  }
}, 60_000);

describe('every rule', () => {
  it.each(ruleIds)('%s is reported on real input', (id) => {
    expect(
      reported.has(id),
      `${id} is reported by no source: none of the phrase rules' refused examples, none of the bad-input ` +
        'cases (test/fixtures/bad-input/cases) and no link to nothing makes it fire. Add a bad-input case that does.',
    ).toBe(true);
  });
});

describe('every bad-input case that names a rule', () => {
  // test/schemas/bad-input.test.ts checks the rule of a refused case; this also covers a case that must work
  // but warn.
  it.each(cases.filter((c) => c.rule !== undefined))('$name gets $rule reported', (c) => {
    expect([...(reportedByCase.get(c.name) ?? [])]).toContain(c.rule);
  });
});
