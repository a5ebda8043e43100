/**
 * The transparency check of a content tree in a worker thread, so that
 * `astro build` can sync content and bundle pages on one core while the
 * check runs on another (see `checkContentTreeInWorker`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentTree } from './check-content.ts';

const { projectRoot, contentDir } = workerData as { projectRoot: string; contentDir: string };
parentPort?.postMessage(checkContentTree(projectRoot, contentDir));
