/**
 * One shard of the transparency check, in a worker thread started by
 * `checkContentTreeInParallel`. It answers with its file reports and their
 * positions, which are plain data, and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles, type Shard } from './check-content.ts';

const { projectRoot, contentDir, shard, now, docsBase } = workerData as { projectRoot: string; contentDir: string; shard: Shard; now: number; docsBase?: string };
const files = checkFiles(projectRoot, contentDir, { shard, now: new Date(now), ...(docsBase ? { docsBase } : {}) });
parentPort?.postMessage(files);
