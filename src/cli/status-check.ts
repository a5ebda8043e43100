/**
 * The check of the status files a publish changed, in a thread of its own:
 * loading the rules and checking takes about half a second, which the
 * publish spends reading the store and rendering the pages on the other
 * core. Nothing is written until the check has accepted the files.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ContentFile } from '../reader/content-files.ts';
import { readContentTree } from '../reader/read-content.ts';

interface StatusCheckJob {
  root: string;
  dir: string;
  /** The files to check, as the publish read them (plain data, copied to the thread). */
  files: ContentFile[];
  now: number;
}

/** The report of the files the build would refuse, as `npm run check` prints it; undefined when it accepts them. */
async function refusedReport({ root, dir, files, now }: StatusCheckJob): Promise<string | undefined> {
  const { checkContentTree } = await import('../rules/check-content.ts');
  const checked = await checkContentTree(readContentTree(root, dir, files), { now: new Date(now) });
  const wanted = new Set(files.map((file) => file.file));
  const mine = checked.files.filter((file) => wanted.has(file.path));
  if (!mine.some((file) => file.diagnostics.some((d) => d.severity === 'error'))) return undefined;
  const { formatStylish } = await import('../rules/format/stylish.ts');
  return formatStylish(mine.filter((file) => file.diagnostics.length > 0));
}

/** Starts checking `files` in a thread; resolves to the report of the refused ones, if any. */
export function checkStatusFiles(
  root: string,
  dir: string,
  files: ContentFile[],
  now: Date,
): Promise<string | undefined> {
  const job: StatusCheckJob = { root, dir, files, now: now.getTime() };
  const worker = new Worker(new URL(import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.once('message', (report: string | null) => resolve(report ?? undefined));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The status check stopped (exit ${code}).`));
    });
  });
}

if (!isMainThread && parentPort !== null) {
  const port = parentPort;
  port.postMessage((await refusedReport(workerData as StatusCheckJob)) ?? null);
}
