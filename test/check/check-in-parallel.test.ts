/**
 * The check on several threads gives the report one thread gives: the same
 * files in the same order, with the same diagnostics and suppressions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../src/bench/synthetic-content.ts';
import { checkContentTree, checkedFiles } from '../../src/check/check-content.ts';
import { checkContentTreeInParallel, parallelFromFiles, threadsFor } from '../../src/check/check-in-parallel.ts';

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

describe('checkContentTreeInParallel', () => {
  // Each report is made once and read by the tests below: a thread costs a second to start.
  let one: ReturnType<typeof checkContentTree>;
  const several = new Map<number, Awaited<ReturnType<typeof checkContentTreeInParallel>>>();
  beforeAll(async () => {
    one = checkContentTree(dir, 'content', { now });
    for (const threads of [2, 3])
      several.set(threads, await checkContentTreeInParallel(dir, 'content', { now, threads }));
  });

  it('gives the same report on two and three threads as on one', () => {
    expect(one.errors).toBeGreaterThanOrEqual(2);
    expect(one.files.map((file) => file.path)).not.toContain('content/papers/not-utf8.md');
    expect(several.get(2)).toEqual(one);
    expect(several.get(3)).toEqual(one);
  });

  it('checks every file the check reads exactly once', () => {
    const readable = checkedFiles(join(dir, 'content')).length - 1;
    for (const threads of [2, 3]) {
      const files = several.get(threads)?.files ?? [];
      expect(files, `${threads} threads`).toHaveLength(readable);
      expect(new Set(files.map((file) => file.path)).size, `${threads} threads`).toBe(readable);
    }
  });

  it('uses one thread for a small tree and at most one per core, four at most, for a large one', () => {
    expect(threadsFor(parallelFromFiles - 1, 8)).toBe(1);
    expect(threadsFor(parallelFromFiles, 2)).toBe(2);
    expect(threadsFor(10_000, 1)).toBe(1);
    expect(threadsFor(10_000, 64)).toBe(4);
  });

  it('fails when a thread fails, instead of answering with part of the files', async () => {
    await expect(checkContentTreeInParallel(dir, 'no-such-folder', { now, threads: 2 })).rejects.toThrow();
  });
});
