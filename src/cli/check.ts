/**
 * `npm run --silent check -- [options] [paths...]`: the transparency check
 * from the command line. With no paths it checks all of the content folder.
 *
 * Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
 * 2 bad usage or unreadable input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { summarize } from '../check/check-content.ts';
import { checkContentTreeInParallel } from '../check/check-in-parallel.ts';
import { checkKinds, kindOfPath, parseCheckDocument, type CheckKind } from '../check/document.ts';
import { checkDocument, engineRules, type FileReport } from '../check/engine.ts';
import { loadCheckFacts } from '../check/facts.ts';
import { formatGithub } from '../check/format/github.ts';
import { formatJson } from '../check/format/json.ts';
import { formatSarif } from '../check/format/sarif.ts';
import { formatStylish } from '../check/format/stylish.ts';
import { allRules } from '../check/rules/index.ts';
import { contentDir } from '../content-dir.ts';

const usage = `Usage: npm run --silent check -- [options] [paths...]

Checks content for hidden fees, gotcha clauses and legalese. With no paths,
checks everything in the content folder.

Options:
  --format stylish|json|sarif|github   report format (default: stylish)
  --kind policy|pricing|paper|status   check files outside content/ as this kind
  --max-warnings N                     fail when there are more than N warnings
  --help                               show this help`;

const formats = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof formats)[number];

/** Writes and sets the exit code without cutting a long report short when piped. */
function finish(output: string, code: number): void {
  process.exitCode = code;
  if (output !== '') process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
}

function fail(message: string): void {
  process.exitCode = 2;
  process.stderr.write(`${message}\n\n${usage}\n`);
}

/** Lists the Markdown, MDX and YAML files under a path. */
function listCheckable(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => listCheckable(join(path, name)))
    .filter((file) => /\.(mdx?|ya?ml)$/i.test(file));
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        kind: { type: 'string' },
        'max-warnings': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    finish(usage, 0);
    return;
  }
  const format = values.format as Format;
  if (!formats.includes(format)) return fail(`Unknown format "${values.format}".`);
  if (values.kind !== undefined && !checkKinds.includes(values.kind as CheckKind))
    return fail(`Unknown kind "${values.kind}".`);
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity)
    return fail(`--max-warnings takes a whole number, not "${values['max-warnings']}".`);

  const cwd = process.cwd();
  const dir = contentDir();
  let reports: FileReport[];
  if (positionals.length === 0) {
    reports = (await checkContentTreeInParallel(cwd, dir)).files;
  } else {
    const facts = loadCheckFacts(cwd, dir);
    reports = [];
    for (const path of positionals) {
      let files: string[];
      try {
        files = listCheckable(path);
      } catch {
        return fail(`Cannot read "${path}".`);
      }
      for (const file of files) {
        const display = relative(cwd, file) || file;
        const kind = (values.kind as CheckKind | undefined) ?? kindOfPath(display);
        if (kind === undefined)
          return fail(
            `Cannot tell what kind of content "${display}" is. Pass --kind policy, pricing, paper or status.`,
          );
        let text: string;
        try {
          text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
        } catch {
          return fail(`Cannot read "${display}" as UTF-8 text.`);
        }
        reports.push(checkDocument(parseCheckDocument(display, text, kind), { rules: allRules, facts }));
      }
    }
  }

  const summary = summarize(reports);
  const failed = summary.errors > 0 || summary.warnings > maxWarnings;
  const docsBase = '/transparency/';
  const output =
    format === 'json'
      ? formatJson(reports)
      : format === 'sarif'
        ? formatSarif(reports, [...allRules.map((rule) => rule.meta), ...engineRules], docsBase)
        : format === 'github'
          ? formatGithub(reports)
          : formatStylish(reports, { color: process.stdout.isTTY === true });
  finish(output, failed ? 1 : 0);
}

await main();
