/**
 * The CI files a company copies: the GitHub Actions workflow in
 * .github/workflows/ci.yml and the GitLab CI snippet in the README. Both are
 * read as YAML, and every command they run must exist: an npm script
 * renamed in package.json, a shallow clone or a SARIF file written under
 * one name and uploaded under another would otherwise only show on the
 * company's first pull request.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/content-tree.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
/** The job that checks and tests a change, and the one that publishes the status on a schedule. */
const contentJob = workflow.jobs['content'];
const statusJob = workflow.jobs['status'];
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/** The npm scripts a command runs, and the commands that redirect npm's output to a file. */
function npmRuns(command: string): Array<{ script: string; silent: boolean; writes: string | undefined }> {
  return [...command.matchAll(/\bnpm run((?: --?[\w-]+)*) ([\w:-]+)([^\n;&|]*)/g)].map((match) => ({
    script: match[2] ?? '',
    silent: /--silent|\s-s\b/.test(match[1] ?? ''),
    writes: /\s>\s*(\S+)/.exec(match[3] ?? '')?.[1],
  }));
}

/** The GitLab CI snippet in the README: the YAML block that starts `# .gitlab-ci.yml`. */
function gitlabSnippet(): Record<string, unknown> {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const block = /```yaml\n(# \.gitlab-ci\.yml\n[^]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error('README.md has no ```yaml block starting with "# .gitlab-ci.yml".');
  return parse(block) as Record<string, unknown>;
}

/** Every command a GitLab job runs, before_script included. */
function gitlabCommands(config: Record<string, unknown>): string[] {
  return Object.values(config).flatMap((value) => {
    if (typeof value !== 'object' || value === null) return [];
    const job = value as { before_script?: string[]; script?: string[] };
    return [...(job.before_script ?? []), ...(job.script ?? [])];
  });
}

function expectRunnable(commands: readonly string[]): void {
  const runs = commands.flatMap(npmRuns);
  expect(runs.length).toBeGreaterThan(0);
  for (const { script } of runs) expect(scripts, `npm run ${script}`).toContain(script);
  // npm prints a banner on standard output unless --silent: it would corrupt a report written to a file.
  for (const run of runs.filter((r) => r.writes !== undefined)) expect(run.silent, `npm run ${run.script}`).toBe(true);
  expect(commands.some((command) => /\bnpm ci\b/.test(command))).toBe(true);
  expect(commands.some((command) => /\bnpm test\b/.test(command))).toBe(true);
}

describe('.github/workflows/ci.yml', () => {
  const commands = steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));

  it('runs on pull requests and pushes to main, with the whole history', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    const checkout = contentJob?.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(contentJob?.if).toBe("github.event_name == 'push' || github.event_name == 'pull_request'");
  });

  it('runs only npm scripts that package.json has, and installs and tests', () => {
    expectRunnable(commands);
    const run = new Set(commands.flatMap(npmRuns).map(({ script }) => script));
    for (const script of ['validate', 'check', 'build', 'review', 'status:due']) expect(run).toContain(script);
  });

  it('uploads the SARIF file the check writes, with the permission to', () => {
    const check = commands.flatMap(npmRuns).find((run) => run.script === 'check' && run.writes !== undefined);
    expect(check?.writes).toMatch(/\.sarif$/);
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.['sarif_file']).toBe(check?.writes);
    expect(workflow.permissions['security-events']).toBe('write');
  });

  it('pins every action to a major version', () => {
    const actions = steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses]));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).toMatch(/^[\w.-]+\/[\w./-]+@v\d+$/);
  });

  it('passes the review only options it has, as its --help lists them', () => {
    const review = commands.find((command) => /\bnpm run review\b/.test(command)) ?? '';
    const options = [...review.matchAll(/\s(--[\w-]+)/g)].map((match) => match[1] ?? '');
    expect(options).toContain('--summary');
    const help = spawnSync(process.execPath, [join(projectRoot, 'src/cli/review.ts'), '--help'], { encoding: 'utf8' });
    for (const option of options) expect(help.stdout).toContain(option);
  });
});

describe('the scheduled status publish in .github/workflows/ci.yml', () => {
  const statusSteps = statusJob?.steps ?? [];
  const schedules = (workflow.on['schedule'] ?? []) as Array<{ cron: string }>;

  it('runs on a schedule and by hand, in a job of its own that only reads the repository', () => {
    expect(schedules).toHaveLength(1);
    expect(Object.keys(workflow.on)).toContain('workflow_dispatch');
    expect(statusJob?.if).toBe("github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'");
    expect(statusJob?.permissions).toEqual({ contents: 'read' });
  });

  it('asks status:due with the interval the cron runs at, and builds and deploys only when due', () => {
    const every = Number(/^\*\/(\d+) \* \* \* \*$/.exec(schedules[0]?.cron ?? '')?.[1]);
    expect(every).toBeGreaterThan(0);
    const ask = statusSteps.find((step) => /\bnpm run status:due\b/.test(step.run ?? ''));
    expect(ask?.run).toContain(`--interval ${every} `);
    expect(ask?.run).toContain('--github-output');
    const askAt = statusSteps.indexOf(ask as Step);
    const later = statusSteps.slice(askAt + 1);
    const build = later.find((step) => /\bnpm run build\b/.test(step.run ?? ''));
    expect(build).toBeDefined();
    for (const step of later)
      expect(step.if, step.name).toBe(
        `steps.${ask?.id}.outputs.due == 'true' || github.event_name == 'workflow_dispatch'`,
      );
    expect(later.at(-1)?.name).toBe('Deploy');
  });

  it('passes status:due only options it has, as its --help lists them', () => {
    const ask = statusSteps.find((step) => /\bnpm run status:due\b/.test(step.run ?? ''))?.run ?? '';
    const options = [...ask.matchAll(/\s(--[\w-]+)/g)].map((match) => match[1] ?? '');
    expect(options).toEqual(['--interval', '--github-output']);
    const help = spawnSync(process.execPath, [join(projectRoot, 'src/cli/status-due.ts'), '--help'], {
      encoding: 'utf8',
    });
    for (const option of options) expect(help.stdout).toContain(option);
  });
});

describe('the GitLab CI snippet in README.md', () => {
  it("fetches the whole history and runs the same npm scripts as the GitHub workflow's content job", () => {
    const config = gitlabSnippet();
    expect(String((config['variables'] as Record<string, unknown>)['GIT_DEPTH'])).toBe('0');
    const commands = gitlabCommands(config);
    expectRunnable(commands);
    const github = new Set(
      (contentJob?.steps ?? []).flatMap((step) => npmRuns(step.run ?? '')).map(({ script }) => script),
    );
    expect(new Set(commands.flatMap(npmRuns).map(({ script }) => script))).toEqual(github);
    const check = commands.flatMap(npmRuns).find((run) => run.script === 'check');
    const job = Object.values(config).find(
      (value) => typeof value === 'object' && value !== null && JSON.stringify(value).includes(check?.writes ?? '\0'),
    ) as { artifacts?: { paths?: string[]; when?: string } } | undefined;
    expect(job?.artifacts?.paths).toContain(check?.writes);
    expect(job?.artifacts?.when).toBe('always');
  });
});
