/**
 * `npm run status:due -- [--interval <minutes>] [--github-output]`: whether
 * a scheduled job should publish the status now (see
 * src/domain/status/publish-due.ts), from the content as the site's reader
 * reads it and the time now (`SOURCE_DATE_EPOCH` when set). See `--help`.
 *
 * Exit codes: 0 due (or, with --github-output, answered); 1 not due; 2 bad
 * options, or content whose status cannot be read.
 */
import { appendFileSync } from 'node:fs';
import { buildNow } from '../domain/dates.ts';
import { customerViewOf } from '../domain/review/customer-view.ts';
import { publishDue } from '../domain/status/publish-due.ts';
import { ContentFolderMissing } from '../reader/content-files.ts';
import { contentDir } from '../reader/content-dir.ts';
import { readContent } from '../reader/read-content.ts';
import { parseCommandLine, usageError } from './command-line.ts';

const name = 'status:due';
const { values } = parseCommandLine({
  name,
  usage: `Usage: npm run status:due -- [--interval <minutes>] [--github-output]

Says whether the status should be published now, for a job that runs every
<minutes>: due while an incident is open or a maintenance is under way, when
an update, or a maintenance window's start or end, is within one interval of
now, before or after, and in the first interval after midnight in the site's
time zone; otherwise not. Prints "due: <why>" or "not due: <why>".

Options:
  --interval <minutes>  how often the job runs (default: 5)
  --github-output       also write due=true|false and reason=<why> to the file
                        GITHUB_OUTPUT names (a GitHub Actions step's outputs),
                        and exit 0 whether or not a publish is due
  --help                show this help

Exit codes: 0 due (with --github-output: answered), 1 not due, 2 bad options
or content whose status cannot be read.`,
  options: {
    interval: { type: 'string', default: '5' },
    'github-output': { type: 'boolean', default: false },
  },
});

if (!/^[1-9]\d*$/.test(values.interval))
  usageError(name, `--interval takes a whole number of minutes, such as 5, not "${values.interval}".`);

const dir = contentDir();
let now: Date;
try {
  now = buildNow(process.env);
} catch (error) {
  usageError(name, error instanceof Error ? error.message : String(error));
}
let tree;
try {
  tree = readContent(process.cwd(), dir);
} catch (error) {
  if (!(error instanceof ContentFolderMissing)) throw error;
  usageError(name, error.message);
}
const snapshot = customerViewOf(tree, now).status;
if (snapshot === undefined)
  usageError(
    name,
    `the status cannot be read: ${dir}/site.yaml or ${dir}/status/components.yaml is invalid. ` +
      'Run "npm run validate" to see why.',
  );

const decision = publishDue(snapshot, Number(values.interval));
const line = `${decision.due ? 'due' : 'not due'}: ${decision.message}`;
console.log(line);

if (values['github-output']) {
  const outputFile = process.env['GITHUB_OUTPUT'];
  if (outputFile === undefined || outputFile === '')
    usageError(name, '--github-output needs GITHUB_OUTPUT, the file GitHub Actions names for step outputs.');
  appendFileSync(outputFile, `due=${decision.due}\nreason=${decision.reason}\n`);
}
process.exitCode = decision.due || values['github-output'] ? 0 : 1;
