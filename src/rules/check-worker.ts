/**
 * One share of the prose phase, in a worker thread started by
 * `startProsePool`: it loads the rules, waits for its files and the facts,
 * and answers with each file's results, which are plain data.
 */
import { parentPort } from 'node:worker_threads';
import type { ProseJob } from './check-in-parallel.ts';
import { allRules } from './index.ts';
import { checkProse } from './prose.ts';

parentPort?.once('message', (job: ProseJob) => {
  parentPort?.postMessage(job.inputs.map((input) => checkProse(input, { rules: allRules, facts: job.facts })));
});
