/**
 * `npm run validate`: reports every problem the build would, from every
 * rule, without building the site; exits 1 when anything is wrong.
 * Usage: validate-content [content-dir]
 */
import { ContentFolderMissing } from '../reader/content-files.ts';
import { contentDir } from '../reader/content-dir.ts';
import { checkContent } from '../rules/check-content.ts';
import { formatStylish } from '../rules/format/stylish.ts';
import { parseCommandLine, usageError } from './command-line.ts';

const { positionals } = parseCommandLine({
  name: 'validate',
  positionals: true,
  usage: `Usage: npm run validate [-- <content folder>]

Reports every problem the build would refuse, in every file, without building
the site. Exits 0 when the content is valid, 1 when it is not, 2 when the
content folder cannot be read. The folder defaults to PLAINSIGHT_CONTENT_DIR,
or content/.

Options:
  --help   show this help`,
  options: {},
});
if (positionals.length > 1) usageError('validate', `give one content folder, not ${positionals.length}.`);

const dir = positionals[0] ?? contentDir();
const result = await checkContent(process.cwd(), dir).catch((error: unknown) => {
  if (!(error instanceof ContentFolderMissing)) throw error;
  console.error(`validate: ${error.message}`);
  process.exit(2);
});
if (result.errors + result.warnings > 0) console.error(formatStylish(result.files, { color: process.stderr.isTTY }));
if (result.errors === 0) console.log(`Content in ${dir}/ is valid.`);
process.exitCode = result.errors === 0 ? 0 : 1;
