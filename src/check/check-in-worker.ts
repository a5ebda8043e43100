import { Worker } from 'node:worker_threads';
import type { ContentCheck } from './check-content.ts';

/**
 * Runs `checkContentTree` in a worker thread and resolves with its result,
 * which is plain data. The build starts it first and waits for it only
 * where it needs the outcome: the check costs about as much as Astro's
 * content sync and bundling together (measured in BENCHMARKS.md), and both
 * fit on the machine's second core.
 */
export function checkContentTreeInWorker(projectRoot: string, contentDir: string): Promise<ContentCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { projectRoot, contentDir } });
    worker.once('message', (result: ContentCheck) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The transparency check's worker stopped with exit code ${code}.`));
    });
  });
}
