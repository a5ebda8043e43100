/**
 * `npm run bench:publish-status`: how long `npm run publish:status` takes
 * after a full build of the sample content plus 100, 1,000 and 10,000
 * generated entries (tools/synthetic-content.ts), and how long from
 * `npm run new:incident -- ... --publish` to updated files. Prints Markdown
 * for BENCHMARKS.md, with the machine's load average, since this 2-core
 * machine is shared.
 *
 * Per tree: one full build (which keeps the bundle), then, each run being
 * the median of `--runs`:
 * - publish with nothing changed (the check, the store, the keyed render),
 * - new:incident opening an incident with --publish (its whole-tree check, then the publish),
 * - new:incident adding an update with --publish,
 * - publish --all (every status page rendered again),
 * - publish --search once (the whole Pagefind index rebuilt).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseCommandLine } from '../src/cli/command-line.ts';
import { keptBundleDir } from '../src/integrations/prerender-bundle.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const { values } = parseCommandLine({
  name: 'bench:publish-status',
  usage: `Usage: npm run bench:publish-status [-- options]

Measures publish:status and new:incident --publish after a full build of
generated trees, and prints a Markdown table for BENCHMARKS.md.

Options:
  --entries <sizes>   generated entries per tree, comma-separated (default 100,1000,10000)
  --runs <n>          runs per figure; the median is kept (default 3)
  --help              show this help`,
  options: {
    entries: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = (values.entries ?? '').split(',').map(Number);
const runs = Number(values.runs);
const root = resolve('.');
const epoch = 1_795_305_600;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
/** Wall-clock and CPU seconds, each the median of the runs. */
const cell = (ts: Timing[]) =>
  `${median(ts.map((t) => t.wall)).toFixed(1)} s (${median(ts.map((t) => t.cpu)).toFixed(1)} s CPU)`;
const load = () => loadavg()[0]!.toFixed(1);

/** Seconds of wall-clock time and of CPU (user and system, the process and its children). */
interface Timing {
  wall: number;
  cpu: number;
}

/** Runs a script of this project under GNU time with the tree and the build, at `at`; throws with its output. */
function timed(args: string[], contentDir: string, outDir: string, at: number): Timing {
  const result = spawnSync('/usr/bin/time', ['-f', 'PLAINSIGHT_TIME %e %U %S', process.execPath, ...args], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      MIMALLOC_ALLOW_THP: '0',
      PLAINSIGHT_CONTENT_DIR: contentDir,
      PLAINSIGHT_OUT_DIR: outDir,
      SOURCE_DATE_EPOCH: String(at),
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const match = /PLAINSIGHT_TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (result.status !== 0 || match === null)
    throw new Error(`${args.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  if (args.some((arg) => arg.endsWith('publish-status.ts')) || args.includes('--publish'))
    process.stderr.write(
      result.stdout
        .split('\n')
        .filter((line) => line.startsWith('  '))
        .join('\n') + '\n',
    );
  return { wall: Number(match[1]), cpu: Number(match[2]) + Number(match[3]) };
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const publish = join(root, 'src/cli/publish-status.ts');
const newIncident = join(root, 'src/cli/new-incident.ts');
const rows: string[] = [];
for (const entries of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'plainsight-bench-publish-'));
  const content = join(dir, 'content');
  // The build keeps its bundle for publish:status only for an output folder inside the project.
  const outDir = join(root, 'node_modules/.cache', `${basename(dir)}-dist`);
  try {
    writeSyntheticContent(join(root, 'content'), content, entries);
    process.stderr.write(`${entries} entries: full build (load ${load()})\n`);
    const build = timed([astro, 'build'], content, outDir, epoch);
    const figures = { unchanged: [] as Timing[], opened: [] as Timing[], updated: [] as Timing[], all: [] as Timing[] };
    const loads: string[] = [];
    for (let run = 0; run < runs; run += 1) {
      // Each run an hour later, so that every incident and update is new and in the past.
      const at = epoch + (run + 1) * 3600;
      loads.push(load());
      figures.unchanged.push(timed([publish], content, outDir, at));
      const title = `Chat is down ${run + 1}`;
      figures.opened.push(
        timed([newIncident, title, '--component', 'support-lines', '--publish'], content, outDir, at),
      );
      const id = `${new Date(at * 1000).toISOString().slice(0, 10)}-chat-is-down-${run + 1}`;
      figures.updated.push(
        timed(
          [newIncident, '--update', id, '--status', 'resolved', '--message', 'Chat is back.', '--publish'],
          content,
          outDir,
          at + 600,
        ),
      );
      figures.all.push(timed([publish, '--all'], content, outDir, at + 600));
    }
    const search = timed([publish, '--search'], content, outDir, epoch + runs * 3600 + 600);
    rows.push(
      `| ${entries.toLocaleString('en-US')} | ${build.wall.toFixed(0)} s | ${cell(figures.unchanged)} | ` +
        `${cell(figures.opened)} | ${cell(figures.updated)} | ${cell(figures.all)} | ${cell([search])} | ` +
        `${loads.join(', ')} |`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    rmSync(keptBundleDir(root, outDir), { recursive: true, force: true });
  }
}
console.log(
  [
    `Command: \`npm run bench:publish-status\` (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
      `median of ${runs} runs, wall clock and CPU time; load average at each run's start in the last column).`,
    '',
    '| entries | full build | publish, nothing changed | new:incident --publish (new incident) | ' +
      'new:incident --update --publish | publish --all | publish --search |  load |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n'),
);
