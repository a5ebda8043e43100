/**
 * The transparency check of a whole content tree on every core. Each file is
 * checked on its own (rules that compare files read the tree's facts, loaded
 * once and copied to every thread), so the files are dealt out like cards to
 * one worker thread per core and the reports put back in the order of the
 * files.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildNow } from '../domain/dates.ts';
import type { FileReport } from './engine.ts';
import { loadCheckFacts } from './facts.ts';
import { checkContentTree, checkedFiles, summarize, type ContentCheck } from './check-content.ts';

/**
 * Below this many files one thread is as fast: a worker takes 0.3 to 0.4 s
 * to start and load the rules, and 2,000 files take about a second on one
 * thread (BENCHMARKS.md, "Scale").
 */
export const parallelFromFiles = 2000;

/** More threads than this each load the rules again for little gain. */
const maxThreads = 4;

export interface ParallelCheckOptions {
  now?: Date;
  docsBase?: string;
  /** How many threads to use; by default one per core, at most four, and one for small trees. */
  threads?: number;
}

/** How many threads a tree of `files` files is checked on. */
export function threadsFor(files: number, cores = availableParallelism()): number {
  if (files < parallelFromFiles) return 1;
  return Math.max(1, Math.min(cores, maxThreads));
}

/** Checks the content tree at `contentDir` (relative to `projectRoot`) with every rule, on several threads when it is large. */
export async function checkContentTreeInParallel(
  projectRoot: string,
  contentDir: string,
  options: ParallelCheckOptions = {},
): Promise<ContentCheck> {
  const now = options.now ?? buildNow(process.env);
  const threads = options.threads ?? threadsFor(checkedFiles(resolve(projectRoot, contentDir)).length);
  const docsBase = options.docsBase ? { docsBase: options.docsBase } : {};
  if (threads <= 1) return checkContentTree(projectRoot, contentDir, { now, ...docsBase });
  const workers = Array.from(
    { length: threads },
    (_, index) =>
      new Worker(new URL('./check-worker.ts', import.meta.url), {
        workerData: { projectRoot, contentDir, shard: { index, count: threads }, ...docsBase },
      }),
  );
  const answers = workers.map(answerOf);
  // Awaited together below; this keeps a failure before then from going unhandled.
  for (const answer of answers) answer.catch(() => undefined);
  try {
    // Loaded once, here, while the workers load the rules; each gets a copy.
    const facts = loadCheckFacts(projectRoot, contentDir, now);
    for (const worker of workers) worker.postMessage(facts);
    const shards = await Promise.all(answers);
    return summarize(
      shards
        .flat()
        .sort(([a], [b]) => a - b)
        .map(([, report]) => report),
    );
  } catch (error) {
    // One thread failed: the others' answers would be incomplete.
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
}

/** The reports a check worker answers with; rejects when it fails or exits without answering. */
function answerOf(worker: Worker): Promise<Array<[number, FileReport]>> {
  return new Promise((resolveReports, reject) => {
    let answered = false;
    worker.once('message', (files: Array<[number, FileReport]>) => {
      answered = true;
      resolveReports(files);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`A transparency check thread stopped (exit code ${code}) before it answered.`));
    });
  });
}
