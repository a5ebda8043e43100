/**
 * The scale benchmark's generator: the same seed gives the same tree, the
 * mix adds up, and what it writes passes every rule, so the benchmark
 * measures builds that succeed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom, syntheticCounts, writeSyntheticContent } from '../../tools/synthetic-content.ts';
import { listFiles } from '../../src/reader/content-files.ts';
import { checkContent } from '../../src/rules/check-content.ts';

const root = process.cwd();
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function generate(entries: number, seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'plainsight-synthetic-'));
  dirs.push(dir);
  writeSyntheticContent(join(root, 'content'), join(dir, 'content'), entries, seed);
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(listFiles(dir).map((file) => [relative(dir, file), readFileSync(file, 'utf8')]));

describe('the synthetic content of the scale benchmark', () => {
  it('splits entries into a mix that adds up', () => {
    for (const entries of [0, 1, 7, 100, 1_000, 10_000]) {
      const counts = syntheticCounts(entries);
      expect(counts.incidents + counts.papers + counts.policyVersions + counts.plans).toBe(entries);
      expect(counts.policyVersions % 2).toBe(0);
    }
    expect(syntheticCounts(10_000)).toEqual({ incidents: 6_500, papers: 2_000, policyVersions: 1_000, plans: 500 });
  });

  it('writes the sample plus the generated entries, the same for the same seed', () => {
    const sampleFiles = listFiles(join(root, 'content')).length;
    const a = generate(60, 7);
    const b = generate(60, 7);
    const c = generate(60, 8);
    expect(listFiles(join(a, 'content'))).toHaveLength(sampleFiles + 60);
    expect(snapshot(join(a, 'content'))).toEqual(snapshot(join(b, 'content')));
    expect(snapshot(join(a, 'content'))).not.toEqual(snapshot(join(c, 'content')));
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });

  it('passes every rule with no errors', async () => {
    const dir = generate(200, 3);
    const result = await checkContent(dir, 'content', { now: new Date('2026-11-22T00:00:00Z') });
    const diagnostics = result.files.flatMap((file) => file.diagnostics);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.errors).toBe(0);
  });
});
