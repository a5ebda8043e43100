/**
 * `npm run bench`: how Plainsight scales with its content, measured, not
 * asserted. For each size (`--entries 100,1000,10000`), it writes the sample
 * content plus that many generated entries into a temporary tree
 * (`tools/synthetic-content.ts`, `--seed`), then measures, each the
 * median of `--runs` runs:
 *
 * - the transparency check alone: on one thread in this process after a
 *   warm-up (the rules' own speed), and as `npm run check` runs it, a new
 *   process that checks a large tree on every core;
 * - the full `astro build` with Plainsight (the check, every page,
 *   the Pagefind index), as a child process under GNU time for peak RSS;
 * - a bare Astro build of the same Markdown and MDX entries, one page each
 *   with a plain layout and stand-ins for the components, with the same
 *   Markdown processor and nothing of Plainsight, followed by Pagefind's CLI
 *   over its pages (search is part of any real site): the baseline, in the
 *   same run;
 * - the content check's share of the Plainsight build, from the time the
 *   build's check logs;
 *
 * and the size of each build's output and of the Pagefind index. It prints a
 * Markdown table for BENCHMARKS.md with the machine, versions and date.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildNow } from '../src/domain/dates.ts';
import { listFiles } from '../src/reader/content-files.ts';
import { layoutOf } from '../src/reader/layout.ts';
import { readContent } from '../src/reader/read-content.ts';
import { checkContent } from '../src/rules/check-content.ts';
import { checkText } from '../src/rules/engine.ts';
import { factsOf } from '../src/rules/facts.ts';
import { allRules } from '../src/rules/index.ts';
import { mdxComponentNames } from '../src/schemas/mdx-components.ts';
import { syntheticCounts, writeSyntheticContent } from './synthetic-content.ts';
import { parseCommandLine } from '../src/cli/command-line.ts';

const { values } = parseCommandLine({
  name: 'bench',
  usage: `Usage: npm run bench [-- --entries 100,1000,10000] [--runs 3] [--seed 1] [--keep]

Measures the check and the build on the sample content plus generated
entries, and prints a Markdown table for BENCHMARKS.md.

Options:
  --entries <sizes>   generated entries per tree, comma-separated (default 100,1000,10000)
  --runs <n>          runs per figure; the median is kept (default 3)
  --seed <n>          seed of the generated content (default 1)
  --keep              keep the generated trees and builds
  --help              show this help`,
  options: {
    entries: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = (values.entries ?? '').split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const root = resolve('.');
const bin = join(root, 'node_modules/.bin');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Bytes of every file below `dir`. */
const bytesIn = (dir: string): number => listFiles(dir).reduce((sum, file) => sum + statSync(file).size, 0);

/** Runs `npm run check`'s script on the tree in `dir`; returns its seconds, start-up included. */
function timedCheckCommand(dir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'src/cli/check.ts')], {
    cwd: dir,
    env: { ...process.env, PLAINSIGHT_CONTENT_DIR: 'content', SOURCE_DATE_EPOCH: '1795305600' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`npm run check failed on ${dir}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

/**
 * Runs `astro build` in `cwd` under GNU time; returns seconds and peak RSS in MB, or throws with the build's
 * output.
 */
function timedBuild(cwd: string, env: Record<string, string>): { seconds: number; rssMb: number; output: string } {
  const result = spawnSync('/usr/bin/time', ['-f', 'PLAINSIGHT_TIME %e %M', join(bin, 'astro'), 'build'], {
    cwd,
    // As `npm run build` runs it (package.json): without transparent huge pages for the bundler's allocator.
    env: {
      ...process.env,
      PATH: `${bin}:${process.env['PATH'] ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      MIMALLOC_ALLOW_THP: '0',
      SOURCE_DATE_EPOCH: '1795305600',
      ...env,
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const match = /PLAINSIGHT_TIME ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || match === null)
    throw new Error(`astro build failed in ${cwd}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return { seconds: Number(match[1]), rssMb: Number(match[2]) / 1024, output: result.stdout };
}

/** The seconds the content check took inside a build, from the line it logs. */
function checkSecondsIn(output: string): number {
  const match = /Content check: [^\n]*? in ([\d.]+) s\./.exec(output);
  if (match === null) throw new Error(`No content check time in the build's output:\n${output.slice(-2000)}`);
  return Number(match[1]);
}

/** Runs Pagefind's CLI over a built site, as any real site's search needs; returns seconds. */
function timedPagefind(site: string): number {
  const started = performance.now();
  const result = spawnSync(join(bin, 'pagefind'), ['--site', site], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pagefind failed on ${site}:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/**
 * A bare Astro project in `dir` that renders every Markdown and MDX entry of
 * `content` as a page: no check, no Plainsight layout or
 * components, no search index. Node modules come from this project.
 */
function writeBareProject(dir: string, content: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
export default { integrations: [mdx()], markdown: { processor: satteri() }, ` +
      `devToolbar: { enabled: false }, logLevel: 'warn' };
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const entries = (base: string, pattern: string) => ` +
      `defineCollection({ loader: glob({ base: ${JSON.stringify(content)} + base, pattern }) });
export const collections = { papers: entries('/papers', '*.mdx'), policies: entries('/policies', '*/*.mdx'), ` +
      `incidents: entries('/status/incidents', '*.md') };
`,
  );
  writeFileSync(
    join(dir, 'src/Stand-in.astro'),
    `---
const { plan, id } = Astro.props;
---
<span>{plan ?? id}</span>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import StandIn from '../Stand-in.astro';
export async function getStaticPaths() {
  const all = [...(await getCollection('papers')), ...(await getCollection('policies')), ` +
      `...(await getCollection('incidents'))];
  return all.map((entry) => ({ params: { slug: entry.collection + '/' + entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content components={{ ` +
      mdxComponentNames.map((name) => `${name}: StandIn`).join(', ') +
      ` }} /></main></body></html>
`,
  );
}

/** Pages of the sample content, one of each type, for page weight. */
const samplePages = {
  home: '/',
  'plan (calculator)': '/pricing/fiber-300/',
  policy: '/policies/terms-of-service/',
  'policy version with diff': '/policies/terms-of-service/2026-09-01/',
  paper: '/papers/how-we-set-our-prices/',
  status: '/status/',
  incident: '/status/incidents/2026-08-27-north-fiber-cut/',
  search: '/search/',
};

/** Gzipped bytes of a page's HTML, its stylesheets and its scripts (inline and linked), from a built site. */
function pageWeight(dist: string, path: string): { html: number; css: number; js: number } {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1] as string)));
  const css = linked(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).reduce((sum, file) => sum + gz(file), 0);
  const inlineScripts = [
    ...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([^<]+)<\/script>/g),
  ].map((m) => m[1] as string);
  const js =
    linked(/<script[^>]*src="([^"]+)"/g).reduce((sum, file) => sum + gz(file), 0) +
    inlineScripts.reduce((sum, text) => sum + gz(text), 0);
  return { html: gz(html), css, js };
}

let weights: string[] = [];
let throughput: string[] = [];

/**
 * MB per second on one core over the tree's Markdown and MDX, for the
 * check's rules, alex and write-good, on the same texts in the same run
 * (one timed run each after a warm-up on a tenth: alex takes minutes at
 * 10,000 entries).
 */
async function measureThroughput(dir: string, entries: number): Promise<string[]> {
  const content = join(dir, 'content');
  const docs = listFiles(content)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => ({ path: file.slice(content.length + 1), text: readFileSync(file, 'utf8') }));
  const megabytes = docs.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0) / 1e6;
  const facts = factsOf(readContent(dir, 'content'), buildNow(process.env));
  const alex = await import('alex');
  const writeGood = (await import('write-good')).default as (text: string) => unknown[];
  const time = (fn: (doc: { path: string; text: string }) => unknown) => {
    docs.slice(0, Math.ceil(docs.length / 10)).forEach(fn);
    const started = performance.now();
    docs.forEach(fn);
    return (performance.now() - started) / 1000;
  };
  const plainsight = time((doc) =>
    checkText(doc.path, doc.text, layoutOf(doc.path)?.prose ?? 'paper', { rules: allRules, facts }),
  );
  const alexTime = time((doc) => (doc.path.endsWith('.mdx') ? alex.mdx(doc.text) : alex.markdown(doc.text)));
  const writeGoodTime = time((doc) => writeGood(doc.text));
  const rate = (seconds: number) => (megabytes / seconds).toFixed(2);
  return [
    `Throughput on the Markdown and MDX of the ${entries.toLocaleString('en')}-entry tree ` +
      `(${megabytes.toFixed(1)} MB, ${docs.length.toLocaleString('en')} files), one core:`,
    '',
    '| tool | seconds | MB/s | Plainsight is … × as fast |',
    '| --- | --- | --- | --- |',
    `| Plainsight check (${allRules.length} rules) | ${plainsight.toFixed(2)} | ${rate(plainsight)} | 1 |`,
    `| alex | ${alexTime.toFixed(2)} | ${rate(alexTime)} | ${(alexTime / plainsight).toFixed(1)} |`,
    `| write-good | ${writeGoodTime.toFixed(2)} | ${rate(writeGoodTime)} | ` +
      `${(writeGoodTime / plainsight).toFixed(1)} |`,
  ];
}

interface Row {
  entries: number;
  contentMb: number;
  check: number;
  checkCommand: number;
  build: number;
  buildRss: number;
  /** The content check inside the build, seconds. */
  checkInBuild: number;
  /** The bare build's Pagefind run alone, seconds (included in `bare`). */
  barePagefind: number;
  bare: number;
  bareRss: number;
  outMb: number;
  bareOutMb: number;
  pagefindMb: number;
  pages: number;
}

const rows: Row[] = [];
for (const entries of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `plainsight-bench-${entries}-`));
  const content = join(dir, 'content');
  writeSyntheticContent(join(root, 'content'), content, entries, seed);
  process.stderr.write(`${entries} entries (${JSON.stringify(syntheticCounts(entries))}) in ${dir}\n`);

  await checkContent(dir, 'content', { threads: 1 });
  const checks: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const report = await checkContent(dir, 'content', { threads: 1 });
    checks.push((performance.now() - started) / 1000);
    if (report.errors > 0) throw new Error(`the generated content has ${report.errors} check errors`);
  }
  const commands = Array.from({ length: runs }, () => timedCheckCommand(dir));
  process.stderr.write(
    `  check ${median(checks).toFixed(2)} s on one thread, npm run check ${median(commands).toFixed(2)} s\n`,
  );

  const builds: { seconds: number; rssMb: number; output: string }[] = [];
  const bares: { seconds: number; rssMb: number; pagefind: number }[] = [];
  const bareDir = join(dir, 'bare');
  writeBareProject(bareDir, content);
  for (let run = 0; run < runs; run += 1) {
    // Fresh caches each run: a build after a content change starts cold.
    rmSync(join(tmpdir(), 'plainsight-astro-cache'), { recursive: true, force: true });
    rmSync(join(bareDir, 'node_modules/.astro'), { recursive: true, force: true });
    rmSync(join(bareDir, '.astro'), { recursive: true, force: true });
    builds.push(timedBuild(root, { PLAINSIGHT_CONTENT_DIR: content, PLAINSIGHT_OUT_DIR: join(dir, 'dist') }));
    const bare = timedBuild(bareDir, {});
    const pagefind = timedPagefind(join(bareDir, 'dist'));
    bares.push({ seconds: bare.seconds + pagefind, rssMb: bare.rssMb, pagefind });
    process.stderr.write(`  run ${run + 1}: build ${builds.at(-1)?.seconds} s, bare ${bares.at(-1)?.seconds} s\n`);
  }
  const pages = execFileSync('find', [join(dir, 'dist'), '-name', '*.html'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\n')
    .filter(Boolean).length;
  rows.push({
    entries,
    contentMb: bytesIn(content) / 1e6,
    check: median(checks),
    checkCommand: median(commands),
    build: median(builds.map((b) => b.seconds)),
    buildRss: Math.max(...builds.map((b) => b.rssMb)),
    checkInBuild: median(builds.map((b) => checkSecondsIn(b.output))),
    barePagefind: median(bares.map((b) => b.pagefind)),
    bare: median(bares.map((b) => b.seconds)),
    bareRss: Math.max(...bares.map((b) => b.rssMb)),
    outMb: bytesIn(join(dir, 'dist')) / 1e6,
    bareOutMb: bytesIn(join(bareDir, 'dist')) / 1e6,
    pagefindMb: bytesIn(join(dir, 'dist/pagefind')) / 1e6,
    pages,
  });
  if (weights.length === 0) {
    weights = Object.entries(samplePages).map(([type, path]) => {
      const w = pageWeight(join(dir, 'dist'), path);
      return (
        `| ${type} | \`${path}\` | ${w.html.toLocaleString('en')} | ${w.css.toLocaleString('en')} | ` +
        `${(w.html + w.css).toLocaleString('en')} | ${w.js.toLocaleString('en')} |`
      );
    });
  }
  // Throughput on the first tree of 1,000 entries or more (or the last one).
  if (throughput.length === 0 && (entries >= 1_000 || entries === sizes.at(-1)))
    throughput = await measureThroughput(dir, entries);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

const version = (name: string) =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const first = rows[0];
const lines = [
  `Command: \`npm run bench -- --entries ${sizes.join(',')} --runs ${runs} --seed ${seed}\` ` +
    `(${new Date().toISOString().slice(0, 10)}).`,
  '',
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GB; Node ${process.version}; astro ${version('astro')}, ` +
    `@astrojs/mdx ${version('@astrojs/mdx')}, pagefind ${version('pagefind')}. Median of ${runs} runs; ` +
    'builds start with a cold cache.',
  '',
  '| entries | content MB | check, one thread s | `npm run check` s | Plainsight build s | check in the build s | ' +
    'check ÷ build | bare Astro + Pagefind s | of it Pagefind s | overhead | build peak RSS MB | bare peak RSS MB | ' +
    'pages | output MB | bare output MB | Pagefind index MB |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.entries.toLocaleString('en')} | ${r.contentMb.toFixed(1)} | ${r.check.toFixed(2)} | ` +
      `${r.checkCommand.toFixed(2)} | ${r.build.toFixed(1)} | ${r.checkInBuild.toFixed(1)} | ` +
      `${((r.checkInBuild / r.build) * 100).toFixed(0)} % | ${r.bare.toFixed(1)} | ${r.barePagefind.toFixed(1)} | ` +
      `${(((r.build - r.bare) / r.bare) * 100).toFixed(0)} % | ${r.buildRss.toFixed(0)} | ` +
      `${r.bareRss.toFixed(0)} | ${r.pages.toLocaleString('en')} | ${r.outMb.toFixed(1)} | ` +
      `${r.bareOutMb.toFixed(1)} | ${r.pagefindMb.toFixed(1)} |`,
  ),
  '',
  ...(first === undefined
    ? []
    : rows
        .slice(1)
        .map(
          (r) =>
            `From ${first.entries.toLocaleString('en')} to ${r.entries.toLocaleString('en')} entries ` +
            `(${(r.entries / first.entries).toFixed(0)}×): check ${(r.check / first.check).toFixed(1)}× ` +
            `(\`npm run check\` ${(r.checkCommand / first.checkCommand).toFixed(1)}×), ` +
            `Plainsight build ${(r.build / first.build).toFixed(1)}×, bare build ${(r.bare / first.bare).toFixed(1)}×.`,
        )),
];
lines.push(
  '',
  ...throughput,
  '',
  "Page weight of the sample content's pages, as built in the smallest tree (its status pages list the generated " +
    'incidents too), gzip -9, bytes:',
  '',
  '| page type | page | HTML | CSS | HTML + CSS | JavaScript |',
  '| --- | --- | --- | --- | --- | --- |',
  ...weights,
);
process.stdout.write(`${lines.join('\n')}\n`);
