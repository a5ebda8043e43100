/**
 * The prose phase of a large tree on every core. Each file's prose is
 * checked on its own (what rules need of other files is in the facts,
 * copied to every thread), so the files are dealt out like cards to one
 * worker thread per core and the results put back in the order of the files.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ProseInput } from '../reader/prose-document.ts';
import type { CheckFacts } from './facts.ts';
import { allRules } from './index.ts';
import { checkProse, type ProseResult } from './prose.ts';

/**
 * Below this many files one thread is as fast: starting a worker and loading
 * the rules costs about what a thread takes to check this many files
 * (BENCHMARKS.md, "Scale").
 */
export const parallelFromFiles = 2000;

/** More threads than this each load the rules again for little gain. */
const maxThreads = 4;

/** How many threads a tree of `files` files is checked on. */
export function threadsFor(files: number, cores = availableParallelism()): number {
  if (files < parallelFromFiles) return 1;
  return Math.max(1, Math.min(cores, maxThreads));
}

/** What a check thread is given: its share of the files, and the facts. */
export interface PoolOptions {
  facts: CheckFacts;
}

export interface ProseJob extends PoolOptions {
  inputs: ProseInput[];
}

/** Threads that check prose with every rule; started early, they load the rules while the tree is read. */
export interface ProsePool {
  check(inputs: readonly ProseInput[], options: PoolOptions): Promise<ProseResult[]>;
  /** Stops the threads; a pool checks once. */
  close(): Promise<void>;
}

/** Starts `threads` check threads, or none for one thread: then the prose is checked on this one. */
export function startProsePool(threads: number): ProsePool {
  if (threads <= 1) {
    return {
      check: async (inputs, options) => inputs.map((input) => checkProse(input, { rules: allRules, ...options })),
      close: async () => undefined,
    };
  }
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./check-worker.ts', import.meta.url)));
  const answers = workers.map(answerOf);
  // Awaited in `check`; this keeps a thread that fails before then from going unhandled.
  for (const answer of answers) answer.catch(() => undefined);
  const close = async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  return {
    close,
    async check(inputs, options) {
      try {
        workers.forEach((worker, index) => {
          const job: ProseJob = { inputs: inputs.filter((_, i) => i % threads === index), ...options };
          worker.postMessage(job);
        });
        const shards = await Promise.all(answers);
        // Deal the answers back in the order the files were dealt.
        return inputs.map((_, i) => shards[i % threads]?.[Math.floor(i / threads)] as ProseResult);
      } finally {
        await close();
      }
    },
  };
}

/** The results a check thread answers with; rejects when it fails or exits without answering. */
function answerOf(worker: Worker): Promise<ProseResult[]> {
  return new Promise((resolve, reject) => {
    let answered = false;
    worker.once('message', (results: ProseResult[]) => {
      answered = true;
      resolve(results);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`A check thread stopped (exit code ${code}) before it answered.`));
    });
  });
}
