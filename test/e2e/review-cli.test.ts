/**
 * `npm run review` end to end: the command line run on a real git repository
 * of the sample content (PLAINSIGHT_CONTENT_DIR points at it), its report on
 * standard output and in the GitHub job summary, and its exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-tree.ts';
import { GitContentRepo, gitEnv } from '../helpers/git-repo.ts';

const repo = new GitContentRepo();
const first = repo.git('rev-parse', 'HEAD');
repo.replace(
  'pricing/plans/fiber-300.yaml',
  'price: { amount: 4500, currency: USD }',
  'price: { amount: 5000, currency: USD }',
);
const second = repo.commit('Raise Fiber 300 to $50');
const scratch = mkdtempSync(join(tmpdir(), 'plainsight-review-'));
afterAll(() => {
  repo.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

function review(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(projectRoot, 'src/cli/review.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...gitEnv,
      PLAINSIGHT_CONTENT_DIR: join(repo.root, 'content'),
      SOURCE_DATE_EPOCH: '1795305600', // 2026-11-22T00:00:00Z
      ...(process.env['NODE_COMPILE_CACHE'] ? { NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] } : {}),
      ...env,
    },
  });
}

const priceLine = '| All-in price per month | $45.00 | $50.00 | +$5.00 |';

describe('npm run review', () => {
  it('compares --base with the working tree, and appends the report to the job summary with --summary', () => {
    const summary = join(scratch, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const result = review(['--base', first, '--summary'], { GITHUB_STEP_SUMMARY: summary });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')).toContain(priceLine);
    expect(result.stdout).toContain(`Compares \`${first.slice(0, 12)}\` with the working tree`);
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${result.stdout}`);
  });

  it('compares two revisions with --head, and says when nothing customers see changes', () => {
    const result = review(['--base', first, '--head', second]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')).toContain(priceLine);
    const same = review(['--base', 'HEAD']);
    expect(same.stdout).toContain('Nothing customers see changes');
  });

  it('exits 1 with --fail-on-problems only when the head brings new check errors', () => {
    expect(review(['--base', first, '--fail-on-problems']).status).toBe(0);
    repo.replace(
      'papers/how-we-set-our-prices.mdx',
      'This paper shows the sums.',
      'Refunds are at our sole discretion.',
    );
    try {
      const failing = review(['--base', second, '--fail-on-problems']);
      expect(failing.status).toBe(1);
      expect(failing.stdout).toContain('`gotcha/sole-discretion`');
      expect(review(['--base', second]).status).toBe(0);
    } finally {
      repo.git('checkout', '--', 'content/papers/how-we-set-our-prices.mdx');
    }
  });

  it('exits 1 with --fail-on-problems for an edit to a policy version in effect, as npm run validate refuses', () => {
    repo.replace('policies/refunds/2025-03-01.mdx', 'paid with within 10 days', 'paid with within 45 days');
    try {
      const failing = review(['--base', second, '--fail-on-problems']);
      expect(failing.status).toBe(1);
      expect(failing.stdout).toContain('`record/policy-version-edited`');
    } finally {
      repo.git('checkout', '--', 'content/policies/refunds/2025-03-01.mdx');
    }
  });

  it('exits 2 with a clear message for an unknown revision, an unknown option, or no git', () => {
    const unknown = review(['--base', 'no-such-branch']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('There is no revision "no-such-branch"');
    const option = review(['--bsae', 'main']);
    expect(option.status).toBe(2);
    expect(option.stderr).toBe(
      'review: unknown option "--bsae". Did you mean "--base"? Run "npm run review -- --help" for the options.\n',
    );
    const noGit = review(['--base', 'HEAD'], { PATH: '' });
    expect(noGit.status).toBe(2);
    expect(noGit.stderr).toContain('git is not installed here');
  });

  it('explains itself with --help', () => {
    const help = review(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--fail-on-problems');
  });
});
