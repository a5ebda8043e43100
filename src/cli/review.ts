/**
 * `npm run review -- --base <rev> [--head <rev>] [--summary] [--fail-on-problems]`:
 * what customers will see change between two revisions of the content, in
 * Markdown, computed from the domain functions the site uses, and what the
 * transparency check says differently. See `--help`.
 *
 * Exit codes: 0 the report was written; 1 with --fail-on-problems, when the
 * head has check errors the base did not have; 2 bad options, or a revision
 * or content folder that cannot be read.
 */
import { appendFileSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { buildNow } from '../domain/dates.ts';
import { reviewMarkdown } from '../domain/review/review-markdown.ts';
import { ContentFolderMissing } from '../reader/content-files.ts';
import { contentDir } from '../reader/content-dir.ts';
import { readContent, type ContentTree } from '../reader/read-content.ts';
import { baseRevision, readContentAt, RevisionUnavailable, type ContentAtRevision } from '../reader/revision.ts';
import { reviewChange } from '../rules/review-change.ts';
import { parseCommandLine, usageError } from './command-line.ts';

const usage = `Usage: npm run review -- [--base <rev>] [--head <rev>] [--summary] [--fail-on-problems]

Reports, in Markdown, what customers will see change between two revisions
of the content: plan prices (all-in, introductory, one-time, 12- and
24-month totals), fees, policy versions with the notice they give, incidents
and maintenance, and the transparency check's new problems and exceptions.

Options:
  --base <rev>         the revision to compare with (default: PLAINSIGHT_BASE,
                       else the merge base with the pull request's target
                       branch on GitHub Actions, else HEAD)
  --head <rev>         the revision to review (default: the working tree)
  --summary            also append the report to the file GITHUB_STEP_SUMMARY
                       names (the GitHub Actions job summary), when it is set
  --fail-on-problems   exit 1 when the head has check errors the base did not have
  --help               show this help

Exit codes: 0 the report was written, 1 new check errors (with
--fail-on-problems), 2 bad options or a revision that cannot be read.`;

/** The working tree's content, read with the same paths as a revision's: relative to the repository's top. */
function workingTree(contentRoot: string, base: ContentAtRevision): ContentTree {
  const root = realpathSync(contentRoot);
  const inRepo = base.tree.contentDir;
  const top = inRepo === '.' ? root : root.slice(0, root.length - inRepo.length - 1);
  return readContent(top || sep, inRepo);
}

async function main(): Promise<void> {
  const { values } = parseCommandLine({
    name: 'review',
    usage,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      summary: { type: 'boolean', default: false },
      'fail-on-problems': { type: 'boolean', default: false },
    },
  });
  const cwd = process.cwd();
  const dir = contentDir();
  const contentRoot = resolve(cwd, dir);
  const now = buildNow(process.env);

  const base = readContentAt(cwd, dir, baseRevision(contentRoot, values.base));
  const head = values.head === undefined ? undefined : readContentAt(cwd, dir, values.head);
  const headTree = head?.tree ?? workingTree(contentRoot, base);

  const { changes, check } = await reviewChange(base.tree, headTree, now);
  const report = reviewMarkdown({ base, head, now }, changes, check);

  process.stdout.write(report);
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (values.summary && summaryFile !== undefined && summaryFile !== '') appendFileSync(summaryFile, report);
  else if (values.summary) process.stderr.write('review: GITHUB_STEP_SUMMARY is not set; the report is above only.\n');
  const newErrors = check.newProblems.filter((problem) => problem.severity === 'error').length;
  process.exitCode = values['fail-on-problems'] && newErrors > 0 ? 1 : 0;
}

await main().catch((error: unknown) => {
  if (error instanceof RevisionUnavailable || error instanceof ContentFolderMissing)
    usageError('review', error.message);
  if (error instanceof Error && error.message.startsWith('SOURCE_DATE_EPOCH')) usageError('review', error.message);
  throw error;
});
