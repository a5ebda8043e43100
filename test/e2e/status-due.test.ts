/** `npm run status:due` end to end, on the sample content at chosen moments. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentTree, projectRoot } from '../helpers/content-tree.ts';
import { runCommand } from '../helpers/run-command.ts';

const sample = join(projectRoot, 'content');
const at = (iso: string) => Date.parse(iso) / 1000;
const run = (iso: string, args: string[] = [], content = sample) => runCommand('status-due.ts', args, content, at(iso));

let tree: ContentTree | undefined;
afterEach(() => tree?.dispose());

describe('status:due', () => {
  it('is due, exit 0, while the chat incident of 19 November is open', () => {
    const result = run('2026-11-19T18:30:00Z');
    expect(result).toEqual({
      status: 0,
      stdout: 'due: incident "2026-11-19-support-chat" is open.\n',
      stderr: '',
    });
  });

  it('is due just before the account portal upgrade starts and while it runs', () => {
    expect(run('2026-12-02T09:57:00Z').stdout).toBe(
      'due: maintenance "2026-12-02-account-portal-upgrade" is scheduled to start at 2026-12-02T10:00:00.000Z.\n',
    );
    expect(run('2026-12-02T11:00:00Z').stdout).toBe(
      'due: maintenance "2026-12-02-account-portal-upgrade" is in progress.\n',
    );
  });

  it('is due once a day, just after midnight in Los Angeles, and not due otherwise, exit 1', () => {
    expect(run('2026-11-22T08:02:00Z')).toMatchObject({
      status: 0,
      stdout: 'due: the daily publish: a new day began at midnight in America/Los_Angeles.\n',
    });
    const quiet = run('2026-11-22T00:00:00Z');
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).toMatch(/^not due: nothing is open.*after 2026-11-22T08:00:00\.000Z\.\n$/);
  });

  it('takes the interval the job runs at', () => {
    expect(run('2026-12-02T09:45:00Z').status).toBe(1);
    expect(run('2026-12-02T09:45:00Z', ['--interval', '15']).status).toBe(0);
  });

  it('writes the answer for GitHub Actions with --github-output, and exits 0 either way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainsight-status-due-'));
    try {
      const file = join(dir, 'output');
      // runCommand passes no environment of its own; GitHub Actions sets GITHUB_OUTPUT for every step.
      const withOutput = (iso: string) =>
        spawnSync(process.execPath, [join(projectRoot, 'src/cli/status-due.ts'), '--github-output'], {
          cwd: projectRoot,
          encoding: 'utf8',
          env: { PATH: process.env['PATH'], SOURCE_DATE_EPOCH: String(at(iso)), GITHUB_OUTPUT: file },
        });
      expect(withOutput('2026-11-22T00:00:00Z').status).toBe(0);
      expect(withOutput('2026-11-19T18:30:00Z').status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe('due=false\nreason=quiet\ndue=true\nreason=open-incident\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const missing = run('2026-11-22T00:00:00Z', ['--github-output']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^status:due: --github-output needs GITHUB_OUTPUT/);
  });

  it('refuses a bad interval, unknown options and unreadable status with exit 2 and one line', () => {
    const interval = run('2026-11-22T00:00:00Z', ['--interval', 'often']);
    expect(interval).toEqual({
      status: 2,
      stdout: '',
      stderr: 'status:due: --interval takes a whole number of minutes, such as 5, not "often".\n',
    });
    expect(run('2026-11-22T00:00:00Z', ['--every', '5']).stderr).toBe(
      'status:due: unknown option "--every". Run "npm run status:due -- --help" for the options.\n',
    );
    tree = new ContentTree();
    tree.write('status/components.yaml', 'not: [a list\n');
    const broken = run('2026-11-22T00:00:00Z', [], tree.dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('status/components.yaml is invalid');
  });

  it('explains itself with --help', () => {
    const help = run('2026-11-22T00:00:00Z', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run status:due /);
    for (const option of ['--interval', '--github-output', '--help']) expect(help.stdout).toContain(option);
  });
});
