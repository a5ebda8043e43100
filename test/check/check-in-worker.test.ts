import { describe, expect, it } from 'vitest';
import { checkContentTree } from '../../src/check/check-content.ts';
import { checkContentTreeInWorker } from '../../src/check/check-in-worker.ts';

describe('the check in a worker thread (as astro build runs it)', () => {
  it('gives the same result as the check on the main thread', async () => {
    const inWorker = await checkContentTreeInWorker(process.cwd(), 'content');
    expect(inWorker.files.length).toBeGreaterThan(30);
    expect(inWorker).toEqual(checkContentTree(process.cwd(), 'content'));
  });
  it('reports errors from broken content, not just success', async () => {
    const result = await checkContentTreeInWorker(process.cwd(), 'test/fixtures/bad-input/cases/hostile-script/content');
    expect(result.errors).toBeGreaterThan(0);
  });
});
