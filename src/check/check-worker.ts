/**
 * One shard of the transparency check, in a worker thread started by
 * `checkContentTreeInParallel`. It loads the rules while the thread that
 * started it loads the tree's facts, waits for them, and answers with its
 * file reports and their positions, which are plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles, type Shard } from './check-content.ts';
import type { CheckFacts } from './facts.ts';

const { projectRoot, contentDir, shard, docsBase } = workerData as {
  projectRoot: string;
  contentDir: string;
  shard: Shard;
  docsBase?: string;
};
parentPort?.once('message', (facts: CheckFacts) => {
  parentPort?.postMessage(checkFiles(projectRoot, contentDir, { shard, facts, ...(docsBase ? { docsBase } : {}) }));
});
