/**
 * `npm run validate` and `npm run check` keep the record: run as the README
 * says, in a real git repository, a shallow clone of it and a copy with no
 * git at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/content-tree.ts';
import { GitContentRepo, gitEnv } from '../../helpers/git-repo.ts';
import { sampleNow } from '../../helpers/tree-check.ts';

const repo = new GitContentRepo();
const first = repo.git('rev-parse', 'HEAD');
const made: string[] = [];
afterAll(() => {
  repo.dispose();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const refunds = 'policies/refunds/2025-03-01.mdx';
const epoch = String(sampleNow.getTime() / 1000);

/** Runs a command line of the project in `cwd`, on the sample content's "today". */
function run(cli: 'validate-content' | 'check', args: string[], cwd = repo.root, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(projectRoot, `src/cli/${cli}.ts`), ...args], {
    cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: epoch, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The in-effect refunds policy, its deadline raised from 10 to 45 days and committed.
repo.replace(refunds, 'with within 10 days.', 'with within 45 days.');
const edited = repo.commit('Raise the refund deadline in place');

describe('npm run validate -- --base <rev>', () => {
  it('refuses a published version edited since the base, with file, line, column and rule; exit 1', () => {
    const result = run('validate-content', ['--base', first]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`content/${refunds}`);
    expect(result.stderr).toMatch(
      /\n\s+27:61\s+error\s+This version was published on 2025-01-15.*record\/policy-version-edited/,
    );
    expect(result.stdout).not.toContain('is valid');
  });

  it('passes when the base already has the edit; exit 0', () => {
    const result = run('validate-content', ['--base', edited]);
    expect(result.stdout).toContain('Content in content/ is valid.');
    expect(result.status).toBe(0);
  });

  it('compares with HEAD when no base is given, so an edit not yet committed is refused', () => {
    repo.replace(refunds, 'we send a cheque', 'we send a check');
    try {
      const result = run('validate-content', []);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/27:118\s+error.*record\/policy-version-edited/);
    } finally {
      repo.git('checkout', '-q', '--', '.');
    }
  });

  it('exits 2 with the reason when the base does not exist, from --base or PLAINSIGHT_BASE', () => {
    const given = run('validate-content', ['--base', 'no-such-branch']);
    expect(given.status).toBe(2);
    expect(given.stderr).toContain('There is no revision "no-such-branch" in this repository.');
    const fromEnv = run('validate-content', [], repo.root, { PLAINSIGHT_BASE: 'no-such-tag' });
    expect(fromEnv.status).toBe(2);
    expect(fromEnv.stderr).toContain('There is no revision "no-such-tag"');
  });

  it('in a shallow clone that lacks the base, exits 2 and says how to fetch it', () => {
    const clone = mkdtempSync(join(tmpdir(), 'plainsight-shallow-'));
    made.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone], { env: gitEnv });
    const result = run('validate-content', ['--base', first], clone);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/This clone is shallow and does not have "[0-9a-f]{40}".*fetch-depth: 0/);
  });
});

describe('content that is not in a git repository', () => {
  const copy = mkdtempSync(join(tmpdir(), 'plainsight-nogit-'));
  made.push(copy);
  cpSync(join(projectRoot, 'content'), join(copy, 'content'), { recursive: true });

  it('is validated with a one-line notice that the record was not compared, and exit 0', () => {
    const result = run('validate-content', [], copy);
    expect(result.stdout).toContain('is valid');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^validate: The record was not compared with git .*not in a git repository/),
    ]);
    expect(result.status).toBe(0);
  });

  it('exits 2 when a base is asked for', () => {
    const result = run('validate-content', ['--base', 'main'], copy);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not in a git repository');
    expect(run('check', [], copy, { GITHUB_BASE_REF: 'main' }).status).toBe(2);
  });
});

describe('npm run check -- --base <rev>', () => {
  it('reports the record rule in every format; exit 1', () => {
    const result = run('check', ['--base', first, '--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      files: Array<{ path: string; diagnostics: Array<{ ruleId: string; line: number; column: number }> }>;
    };
    const found = report.files.flatMap((file) =>
      file.diagnostics.map((d) => `${file.path}:${d.line}:${d.column} ${d.ruleId}`),
    );
    expect(found).toEqual([`content/${refunds}:27:61 record/policy-version-edited`]);
  });

  it('compares the folder when it checks one of its files', () => {
    const result = run('check', ['--base', first, `content/${refunds}`]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('record/policy-version-edited');
  });

  it('exits 2 with the reason, not the usage, when the base cannot be read', () => {
    const result = run('check', ['--base', 'no-such-branch']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'check: There is no revision "no-such-branch" in this repository. Name a branch, tag or commit with --base.\n',
    );
  });
});
