/**
 * `npm run validate`: reports every problem the build would, from every
 * rule, without building the site, and compares the content with a base
 * revision so that the record is kept (record/* rules); exits 1 when
 * anything is wrong, 2 on bad usage, a missing content folder or a base
 * that was asked for and cannot be read.
 * Usage: validate-content [--base <rev>] [content-dir]
 */
import { ContentFolderMissing } from '../reader/content-files.ts';
import { contentDir } from '../reader/content-dir.ts';
import { RevisionUnavailable } from '../reader/revision.ts';
import { checkContent } from '../rules/check-content.ts';
import { formatStylish } from '../rules/format/stylish.ts';
import { parseCommandLine, usageError } from './command-line.ts';
import { recordBase } from './record-base.ts';

const { values, positionals } = parseCommandLine({
  name: 'validate',
  positionals: true,
  usage: `Usage: npm run validate [-- [--base <rev>] <content folder>]

Reports every problem the build would refuse, in every file, without building
the site, and compares the content with a base revision so that published
policy versions and status updates stay as they were. Exits 0 when the
content is valid, 1 when it is not, 2 when the content folder cannot be read
or a base that was asked for cannot be. The folder defaults to
PLAINSIGHT_CONTENT_DIR, or content/.

Options:
  --base <rev>   the revision to compare with (default: PLAINSIGHT_BASE, else
                 a GitHub pull request's merge base, else HEAD; outside a git
                 repository the record is not compared, and a notice says so)
  --help         show this help`,
  options: { base: { type: 'string' } },
});
if (positionals.length > 1) usageError('validate', `give one content folder, not ${positionals.length}.`);

const dir = positionals[0] ?? contentDir();
const result = await (async () => {
  const base = recordBase(process.cwd(), dir, values.base);
  if (base.notice !== undefined) console.error(`validate: ${base.notice}`);
  return checkContent(process.cwd(), dir, base.tree ? { base: base.tree } : {});
})().catch((error: unknown) => {
  if (!(error instanceof ContentFolderMissing) && !(error instanceof RevisionUnavailable)) throw error;
  console.error(`validate: ${error.message}`);
  process.exit(2);
});
if (result.errors + result.warnings > 0) console.error(formatStylish(result.files, { color: process.stderr.isTTY }));
if (result.errors === 0) console.log(`Content in ${dir}/ is valid.`);
process.exitCode = result.errors === 0 ? 0 : 1;
