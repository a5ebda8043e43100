/**
 * `npm run --silent check -- [options] [paths...]`: every rule from the
 * command line. With no paths it checks all of the content folder; with
 * paths, it reports on those files (files of the content folder are checked
 * with everything the build checks; other files, such as a pasted contract,
 * with the prose rules, as the kind `--kind` names).
 *
 * The content folder is compared with a base revision (`--base`) so that
 * the record is kept (record/* rules).
 *
 * Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
 * 2 bad usage, unreadable input, or a base asked for that cannot be read.
 */
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { buildNow } from '../domain/dates.ts';
import { didYouMean } from '../domain/text/nearest.ts';
import { ContentFolderMissing, listFiles, readTextFile } from '../reader/content-files.ts';
import { contentDir } from '../reader/content-dir.ts';
import { layoutOf, proseKinds, type ProseKind } from '../reader/layout.ts';
import { readContent, type ContentTree } from '../reader/read-content.ts';
import { RevisionUnavailable } from '../reader/revision.ts';
import { checkContent } from '../rules/check-content.ts';
import { checkText, summarize, type FileReport } from '../rules/engine.ts';
import { factsOf, type CheckFacts } from '../rules/facts.ts';
import { formatGithub } from '../rules/format/github.ts';
import { formatJson } from '../rules/format/json.ts';
import { formatSarif } from '../rules/format/sarif.ts';
import { formatStylish } from '../rules/format/stylish.ts';
import { allRuleMetas, allRules } from '../rules/index.ts';
import { rulesPage } from '../rules/rule.ts';
import { parseCommandLine } from './command-line.ts';
import { recordBase } from './record-base.ts';

const usage = `Usage: npm run --silent check -- [options] [paths...]

Checks content for hidden fees, gotcha clauses, legalese and every problem
the build would refuse. With no paths, checks everything in the content folder.

Options:
  --format stylish|json|sarif|github   report format (default: stylish)
  --kind policy|pricing|paper|status   check files outside content/ as this kind
  --max-warnings N                     fail when there are more than N warnings
  --base <rev>                         compare the content folder with this git revision, so that
                                       published versions and updates stay as they were (default:
                                       PLAINSIGHT_BASE, a GitHub pull request's merge base, or HEAD)
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
  return listFiles(path).filter((file) => /\.(mdx?|ya?ml)$/i.test(file));
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandLine({
    name: 'check',
    positionals: true,
    usage,
    options: {
      format: { type: 'string', default: 'stylish' },
      kind: { type: 'string' },
      'max-warnings': { type: 'string' },
      base: { type: 'string' },
    },
  });
  const format = values.format as Format;
  if (!formats.includes(format))
    return fail(`Unknown format "${values.format}". ${didYouMean(format, formats, 'Formats')}`);
  if (values.kind !== undefined && !proseKinds.includes(values.kind as ProseKind))
    return fail(`Unknown kind "${values.kind}". ${didYouMean(values.kind, proseKinds, 'Kinds')}`);
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity)
    return fail(`--max-warnings takes a whole number, not "${values['max-warnings']}".`);

  const cwd = process.cwd();
  const dir = contentDir();
  // The content folder is compared with the base whenever it is checked; files outside it never are.
  const checkFolder = () => {
    const base = recordBase(cwd, dir, values.base);
    if (base.notice !== undefined) process.stderr.write(`check: ${base.notice}\n`);
    return checkContent(cwd, dir, base.tree ? { base: base.tree } : {});
  };
  let reports: FileReport[];
  if (positionals.length === 0) {
    reports = (await checkFolder()).files;
  } else {
    const contentRoot = resolve(cwd, dir) + sep;
    // Files of the content folder get every rule, so the whole tree is checked once, when one is named.
    let whole: Promise<Map<string, FileReport>> | undefined;
    let tree: ContentTree | undefined;
    const inTree = () =>
      (whole ??= checkFolder().then((result) => {
        tree ??= result.tree;
        return new Map(result.files.map((file) => [file.path, file]));
      }));
    // Other files are read as prose, with what the content declares.
    let facts: CheckFacts | undefined;
    const factsNow = () => (facts ??= factsOf((tree ??= readContent(cwd, dir)), buildNow(process.env)));
    reports = [];
    for (const path of positionals) {
      let files: string[];
      try {
        files = listCheckable(path);
      } catch {
        return fail(`Cannot read "${path}".`);
      }
      for (const file of files) {
        const display = relative(cwd, file).split(sep).join('/') || file;
        const inside = resolve(file).startsWith(contentRoot);
        const known = inside && values.kind === undefined ? (await inTree()).get(display) : undefined;
        if (known !== undefined) {
          reports.push(known);
          continue;
        }
        const kind =
          (values.kind as ProseKind | undefined) ?? (inside ? layoutOf(relative(contentRoot, file))?.prose : undefined);
        if (kind === undefined)
          return fail(
            `Cannot tell what kind of content "${display}" is. Pass --kind policy, pricing, paper or status.`,
          );
        const text = readTextFile(file);
        if (text === undefined) return fail(`Cannot read "${display}" as UTF-8 text.`);
        reports.push(checkText(display, text, kind, { rules: allRules, facts: factsNow() }));
      }
    }
  }

  const summary = summarize(reports);
  const failed = summary.errors > 0 || summary.warnings > maxWarnings;
  const output =
    format === 'json'
      ? formatJson(reports)
      : format === 'sarif'
        ? formatSarif(reports, allRuleMetas, rulesPage)
        : format === 'github'
          ? formatGithub(reports)
          : formatStylish(reports, { color: process.stdout.isTTY === true });
  finish(output, failed ? 1 : 0);
}

await main().catch((error: unknown) => {
  if (error instanceof RevisionUnavailable) {
    // A base that was asked for and cannot be read: not bad usage, so no usage text.
    process.exitCode = 2;
    process.stderr.write(`check: ${error.message}\n`);
    return;
  }
  if (!(error instanceof ContentFolderMissing)) throw error;
  fail(error.message);
});
