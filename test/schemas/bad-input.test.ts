/**
 * Runs every case of the bad-input corpus through both layers the build
 * runs (the content gate and the transparency check) and asserts the exit
 * code and the message that names file, line and field. A representative
 * subset also goes through a real `astro build`.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/validate/content-problems.ts';
import { formatDiagnostics } from '../../src/validate/format-diagnostics.ts';
import { astroBuild, fixedEpoch } from '../helpers/astro-build.ts';
import { corpusDir, loadCases, materialize, type BadInputCase } from '../helpers/bad-input.ts';

const cases = loadCases();
const now = new Date(Number(fixedEpoch) * 1000);
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the bad-input corpus', () => {
  it('has at least 40 cases, across every collection, hostile content among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const files = cases.map((c) => c.file ?? '');
    for (const prefix of [
      'site.yaml',
      'authors.yaml',
      'pricing/fees.yaml',
      'pricing/plans/',
      'policies/',
      'status/components.yaml',
      'status/incidents/',
      'status/maintenance/',
      'papers/',
      'tags.yaml',
    ]) {
      expect(
        files.some((f) => f.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(cases.filter((c) => c.rule?.startsWith('markup/')).length).toBeGreaterThanOrEqual(10);
  });
  it('has a base tree with no problems at all', async () => {
    const result = await contentProblems(corpusDir, 'base', { now });
    expect(formatDiagnostics(result.diagnostics)).toBe('\nNo problems found.');
  });
});

describe.each(cases)('$name', (c: BadInputCase) => {
  it(`${c.exit === 0 ? 'works' : 'is refused'}: ${c.what}`, async () => {
    const dir = materialize(c);
    made.push(dir);
    const result = await contentProblems(dir, '.', { now });
    const report = formatDiagnostics(result.diagnostics);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(result.ok ? 0 : 1, report).toBe(c.exit);
    if (c.exit === 0) return;
    const named = errors.find(
      (d) => d.file === c.file && d.line === c.line && (c.message === undefined || d.message.includes(c.message)),
    );
    expect(named, `expected ${c.file}:${c.line} "${c.message}" in\n${report}`).toBeDefined();
    if (c.field !== undefined) expect(named?.field).toBe(c.field);
    if (c.rule !== undefined) expect(named?.ruleId).toBe(c.rule);
    // Every problem links to where it is explained.
    expect(named?.url).toMatch(/^(src\/schemas\/|README\.md#|\/transparency\/#rule-)/);
  });
});

describe('a real astro build of a representative subset', () => {
  const built = cases.filter((c) => c.build);
  const working = built.filter((c) => c.exit === 0);

  // Together in one tree: the build must succeed with every one of them, and write each one's page.
  it(`works with the cases that must work, built together: ${working.map((c) => c.name).join(', ')}`, async () => {
    expect(working.length).toBeGreaterThan(0);
    const dir = materialize(...working);
    made.push(dir);
    const build = await astroBuild({ contentDir: dir });
    made.push(build.outDir);
    expect(build.status, build.output).toBe(0);
    for (const c of working) expect(existsSync(join(build.outDir, c.page ?? '')), c.name).toBe(true);
  }, 120_000);

  // Each refusal alone, so that the build fails on that case's problem; the builds run at the same time.
  it.concurrent.each(built.filter((c) => c.exit === 1))(
    'refuses $name',
    async (c) => {
      const dir = materialize(c);
      made.push(dir);
      const build = await astroBuild({ contentDir: dir });
      made.push(build.outDir);
      expect(build.status === 0 ? 0 : 1, build.output).toBe(1);
      // The build names the file, line and column of the problem.
      expect(build.output).toContain(c.file);
      expect(build.output).toMatch(new RegExp(`\\n\\s+${c.line}:\\d+\\s+error\\b`));
      if (c.message) expect(build.output).toContain(c.message);
    },
    120_000,
  );
});
