/**
 * The check on several threads gives the report one thread gives: the same
 * files in the same order, with the same diagnostics and suppressions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/reader/content-files.ts';
import type { ProseInput } from '../../src/reader/prose-document.ts';
import { checkContent } from '../../src/rules/check-content.ts';
import { parallelFromFiles, startProsePool, threadsFor } from '../../src/rules/check-in-parallel.ts';
import { emptyFacts } from '../../src/rules/facts.ts';
import { writeSyntheticContent } from '../../tools/synthetic-content.ts';

const now = new Date('2026-11-22T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'plainsight-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeSyntheticContent(join(process.cwd(), 'content'), join(dir, 'content'), 150, 3);
// Problems in files that land in different shards, and one unreadable file.
writeFileSync(
  join(dir, 'content/papers/aaa-discretion.md'),
  '---\ntitle: A paper\n---\n\nWe may change these terms at our sole discretion.\n',
);
writeFileSync(
  join(dir, 'content/papers/zzz-fine-print.md'),
  '---\ntitle: Another paper\n---\n\nThe price is $45* a month.\n',
);
writeFileSync(join(dir, 'content/papers/not-utf8.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));

describe('the prose phase on several threads', () => {
  // Each report is made once and read by the tests below: a thread costs a second to start.
  type Report = Omit<Awaited<ReturnType<typeof checkContent>>, 'tree'>;
  let one: Report;
  const several = new Map<number, Report>();
  beforeAll(async () => {
    const report = async (threads: number): Promise<Report> => {
      const { tree: _tree, ...rest } = await checkContent(dir, 'content', { now, threads });
      return rest;
    };
    one = await report(1);
    for (const threads of [2, 3]) several.set(threads, await report(threads));
  });

  it('gives the same report on two and three threads as on one', () => {
    expect(one.errors).toBeGreaterThanOrEqual(3);
    const unreadable = one.files.find((file) => file.path === 'content/papers/not-utf8.md');
    expect(unreadable?.diagnostics.map((d) => d.ruleId)).toEqual(['file/not-utf8']);
    expect(several.get(2)).toEqual(one);
    expect(several.get(3)).toEqual(one);
  });

  it('reports on every file of the tree exactly once', () => {
    const files = readContentFiles(dir, 'content').length;
    for (const threads of [2, 3]) {
      const report = several.get(threads)?.files ?? [];
      expect(report, `${threads} threads`).toHaveLength(files);
      expect(new Set(report.map((file) => file.path)).size, `${threads} threads`).toBe(files);
    }
  });

  it('uses one thread for a small tree and at most one per core, four at most, for a large one', () => {
    expect(threadsFor(parallelFromFiles - 1, 8)).toBe(1);
    expect(threadsFor(parallelFromFiles, 2)).toBe(2);
    expect(threadsFor(10_000, 1)).toBe(1);
    expect(threadsFor(10_000, 64)).toBe(4);
  });

  it('fails when a thread fails, instead of answering with part of the files', async () => {
    // Inputs with a body but no text: reading them throws on the thread.
    const broken = [
      { path: 'a.md', kind: 'policy', body: { start: 0, mdx: false } },
      { path: 'b.md', kind: 'policy', body: { start: 0, mdx: false } },
    ] as unknown as ProseInput[];
    await expect(startProsePool(2).check(broken, { facts: emptyFacts(now) })).rejects.toThrow();
  });
});

describe('the prose of chosen files only (proseOf)', () => {
  it("reports on a chosen file what the whole check reports, and no other file's prose", async () => {
    const chosen = 'content/papers/aaa-discretion.md';
    const other = 'content/papers/zzz-fine-print.md';
    const whole = await checkContent(dir, 'content', { now, threads: 1 });
    const part = await checkContent(dir, 'content', { now, proseOf: (file) => file === chosen });
    const of = (report: typeof whole, path: string) => report.files.find((file) => file.path === path)?.diagnostics;
    expect(of(part, chosen)).toEqual(of(whole, chosen));
    expect(of(part, chosen)?.map((d) => d.ruleId)).toContain('gotcha/sole-discretion');
    // The other paper's fine print is a prose finding: the whole check makes it, the chosen-file check does not;
    // what the content rules say of that paper (its front matter) both say.
    const rules = (report: typeof whole) => of(report, other)?.map((d) => d.ruleId) ?? [];
    expect(rules(whole)).toContain('fee/asterisk-price');
    expect(rules(part)).not.toContain('fee/asterisk-price');
    expect(of(part, other)).toEqual(of(whole, other)?.filter((d) => rules(part).includes(d.ruleId)));
    expect(rules(part).length).toBeGreaterThan(0);
  });
});
