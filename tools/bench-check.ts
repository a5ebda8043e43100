/**
 * `npm run bench:check`: how fast the transparency check is, measured, not
 * asserted. Prints Markdown for BENCHMARKS.md:
 *
 * - the check of the whole sample site, every rule;
 * - throughput in MB of MDX per second on one core, over the sample site's
 *   MDX repeated to about 2 MB, side by side with alex and write-good on the
 *   same text in the same run;
 * - the two Markdown parsers the check could use, on the same text:
 *   satteri (Astro 7's) and micromark via mdast-util-from-markdown (unified's).
 *
 * Every figure is the median of several runs after a warm-up run.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxToMdast } from 'satteri';
import { buildNow } from '../src/domain/dates.ts';
import { listFiles } from '../src/reader/content-files.ts';
import { readContent } from '../src/reader/read-content.ts';
import { checkContent } from '../src/rules/check-content.ts';
import { checkText } from '../src/rules/engine.ts';
import { factsOf } from '../src/rules/facts.ts';
import { allRules } from '../src/rules/index.ts';
import { parseCommandLine } from '../src/cli/command-line.ts';

parseCommandLine({
  name: 'bench:check',
  usage: `Usage: npm run bench:check

Measures the speed of the transparency check beside alex and write-good,
and prints Markdown for BENCHMARKS.md.

Options:
  --help   show this help`,
  options: {},
});

const runs = Number(process.env['BENCH_RUNS'] ?? 5);

/** Median wall time of `runs` calls, after one warm-up call, in seconds. */
function median(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push((performance.now() - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const mdxFiles = listFiles(join(root, 'content')).filter((file) => file.endsWith('.mdx'));
  const sample = mdxFiles.map((file) => readFileSync(file, 'utf8'));
  const sampleBytes = sample.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  // Repeat the sample's MDX until it is about 2 MB, as separate documents.
  const copies = Math.ceil(2_000_000 / sampleBytes);
  const docs = Array.from({ length: copies }, () => sample).flat();
  const megabytes = (copies * sampleBytes) / 1e6;
  const facts = factsOf(readContent(root, 'content'), buildNow(process.env));

  // The whole sample site on one thread, as the build checks it (timed by hand: checkContent is async).
  await checkContent(root, 'content', { threads: 1 });
  const siteTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await checkContent(root, 'content', { threads: 1 });
    siteTimes.push((performance.now() - start) / 1000);
  }
  const site = siteTimes.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
  const plainsight = median(() =>
    docs.forEach((text, i) => checkText(`doc${i}.mdx`, text, i % 2 ? 'paper' : 'policy', { rules: allRules, facts })),
  );

  const alex = await import('alex');
  const alexTime = median(() => docs.forEach((text) => alex.mdx(text)));
  const writeGood = (await import('write-good')).default as (text: string) => unknown[];
  const writeGoodTime = median(() => docs.forEach((text) => writeGood(text)));

  const satteri = median(() => docs.forEach((text) => mdxToMdast(text.replace(/^---[^]*?\n---\n/, ''))));
  const micromark = median(() =>
    docs.forEach((text) =>
      fromMarkdown(text.replace(/^---[^]*?\n---\n/, ''), {
        extensions: [mdxjs()],
        mdastExtensions: [mdxFromMarkdown()],
      }),
    ),
  );

  const rate = (seconds: number) => (megabytes / seconds).toFixed(2);
  const lines = [
    `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; Node ${process.version}; ` +
      `one process, one core. Median of ${runs} runs after a warm-up.`,
    '',
    `Whole sample site (${listFiles(join(root, 'content')).length} files): **${(site * 1000).toFixed(0)} ms**.`,
    '',
    `Throughput on the sample site's MDX repeated ${copies} times (${megabytes.toFixed(2)} MB, ` +
      `${docs.length} documents):`,
    '',
    '| tool | what it does | seconds | MB/s | Plainsight is … × as fast |',
    '| --- | --- | --- | --- | --- |',
    `| Plainsight check | parse MDX, ${allRules.length} rules | ${plainsight.toFixed(2)} | ${rate(plainsight)} | 1 |`,
    `| alex 11 | parse MDX, inconsiderate-wording rules | ${alexTime.toFixed(2)} | ${rate(alexTime)} | ` +
      `${(alexTime / plainsight).toFixed(1)} |`,
    `| write-good 1 | plain-text style checks, no parsing | ${writeGoodTime.toFixed(2)} | ${rate(writeGoodTime)} ` +
      `| ${(writeGoodTime / plainsight).toFixed(1)} |`,
    '',
    'Markdown parsers on the same MDX (parse only, with positions):',
    '',
    '| parser | seconds | MB/s |',
    '| --- | --- | --- |',
    `| satteri (Astro 7's, Rust) | ${satteri.toFixed(2)} | ${rate(satteri)} |`,
    `| micromark + mdast-util-from-markdown (unified) | ${micromark.toFixed(2)} | ${rate(micromark)} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
