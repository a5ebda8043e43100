/**
 * Runs every case of the bad-input corpus through every rule, as the build
 * runs them, and asserts the exit code and the message that names file, line
 * and field. A representative subset also goes through a real `astro build`.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check-content.ts';
import { formatStylish } from '../../src/rules/format/stylish.ts';
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
    const result = await checkContent(corpusDir, 'base', { now });
    expect(formatStylish(result.files)).toBe('\nNo problems found.');
  });
});

describe.each(cases)('$name', (c: BadInputCase) => {
  it(`${c.exit === 0 ? 'works' : 'is refused'}: ${c.what}`, async () => {
    const dir = materialize(c);
    made.push(dir);
    const result = await checkContent(dir, '.', { now });
    const report = formatStylish(result.files);
    const diagnostics = result.files.flatMap((file) => file.diagnostics);
    expect(result.errors === 0 ? 0 : 1, report).toBe(c.exit);
    if (c.exit === 0 && c.file === undefined) return;
    // A refusal names an error; input that must work may still name the warning it gets.
    const named = diagnostics.find(
      (d) =>
        d.severity === (c.exit === 0 ? 'warning' : 'error') &&
        d.file === c.file &&
        d.line === c.line &&
        (c.message === undefined || d.message.includes(c.message)),
    );
    expect(named, `expected ${c.file}:${c.line} "${c.message}" in\n${report}`).toBeDefined();
    if (c.field !== undefined) expect(named?.field).toBe(c.field);
    if (c.rule !== undefined) expect(named?.ruleId).toBe(c.rule);
    // Every problem links to where it is explained.
    expect(named?.url).toMatch(/^(src\/schemas\/|README\.md#|\/transparency\/rules\/#rule-)/);
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

  // Together too: one build reports every problem of every file (the engine stops at none of them), so each
  // case's problem is in the one report, under its file.
  const refused = built.filter((c) => c.exit === 1);
  it(`refuses the cases that must fail, built together: ${refused.map((c) => c.name).join(', ')}`, async () => {
    expect(refused.length).toBeGreaterThan(1);
    const dir = materialize(...refused);
    made.push(dir);
    const build = await astroBuild({ contentDir: dir });
    made.push(build.outDir);
    expect(build.status, build.output).not.toBe(0);
    for (const c of refused) {
      // The build names the file, then the line, column and message of the problem under it.
      const problems = problemsUnder(build.output, c.file ?? '');
      expect(problems, `${c.name}: ${c.file} in\n${build.output}`).not.toHaveLength(0);
      const named = problems.find(
        (line) => new RegExp(`^\\s+${c.line}:\\d+\\s+error\\b`).test(line) && line.includes(c.message ?? ''),
      );
      expect(named, `${c.name}: line ${c.line} "${c.message ?? ''}" under ${c.file} in\n${build.output}`).toBeDefined();
    }
  }, 120_000);
});

/** The problem lines the build's report lists under `file`: the indented lines after its name, up to a blank line. */
function problemsUnder(output: string, file: string): string[] {
  const lines = output.split('\n');
  const at = lines.findIndex((line) => line.trimEnd().endsWith(file));
  if (at === -1) return [];
  const end = lines.findIndex((line, index) => index > at && !/^\s+\d+:\d+/.test(line));
  return lines.slice(at + 1, end === -1 ? undefined : end);
}
