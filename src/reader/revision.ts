/**
 * The content folder as it was at a git revision, read by the same reader
 * as the working tree: what the record check compares a change with, and
 * what `npm run review` compares two revisions by. Git is run as a command
 * (`git archive`, unpacked by `tar`), the way CI has it; nothing is cloned.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { readContent, type ContentTree } from './read-content.ts';

/** Why a revision cannot be read, said for the person running the command. */
export class RevisionUnavailable extends Error {
  override name = 'RevisionUnavailable';
}

/** A revision read: what was asked for, the commit it names, and its content. */
export interface ContentAtRevision {
  rev: string;
  commit: string;
  tree: ContentTree;
}

function git(cwd: string, args: readonly string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) {
    throw new RevisionUnavailable(
      'git is not installed here, so the content cannot be compared with a base revision. ' +
        'Install git, or run the check in a clone of the repository.',
    );
  }
  return { ok: result.status === 0, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

/** The top of the git work tree that holds `dir`. */
function workTreeOf(dir: string): string {
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    throw new RevisionUnavailable(
      `${dir} is not in a git repository, so the record cannot be compared with a base revision. ` +
        'Check a clone of the repository (git clone), not a copy of its files.',
    );
  }
  return top.stdout;
}

/** The commit `rev` names in the repository at `top`; a clear error when a shallow clone lacks it. */
function commitOf(top: string, rev: string): string {
  const commit = git(top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (commit.ok) return commit.stdout;
  const shallow = git(top, ['rev-parse', '--is-shallow-repository']).stdout === 'true';
  throw new RevisionUnavailable(
    shallow
      ? `This clone is shallow and does not have "${rev}", the base to compare with. ` +
          'Fetch the history: actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 in GitLab CI, ' +
          'or git fetch --unshallow.'
      : `There is no revision "${rev}" in this repository. Name a branch, tag or commit with --base.`,
  );
}

/**
 * The base revision to compare with: the one given, else PLAINSIGHT_BASE,
 * else in a GitHub pull request the merge base with its target branch,
 * else HEAD (the last commit: what the working tree changes).
 */
export function baseRevision(projectRoot: string, given?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (given !== undefined && given !== '') return given;
  const fromEnv = env['PLAINSIGHT_BASE'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const target = env['GITHUB_BASE_REF'];
  if (target !== undefined && target !== '') {
    const base = git(workTreeOf(projectRoot), ['merge-base', 'HEAD', `origin/${target}`]);
    if (!base.ok) {
      throw new RevisionUnavailable(
        `Cannot find where this branch left origin/${target}: ${base.stderr || 'no merge base'}. ` +
          'Fetch the history (actions/checkout with fetch-depth: 0).',
      );
    }
    return base.stdout;
  }
  return 'HEAD';
}

/**
 * Reads the content folder `contentDir` (relative to `projectRoot`, or
 * absolute) as it was at `rev`. A folder that did not exist then reads as
 * an empty tree.
 */
export function readContentAt(projectRoot: string, contentDir: string, rev: string): ContentAtRevision {
  const root = realpathSync(resolve(projectRoot, contentDir));
  const top = workTreeOf(root);
  const commit = commitOf(top, rev);
  const inRepo = relative(realpathSync(top), root).split(sep).join('/');
  const unpacked = mkdtempSync(join(tmpdir(), 'plainsight-revision-'));
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', commit, '--', inRepo || '.'], {
      cwd: top,
      maxBuffer: 1024 * 1024 * 1024,
    });
    // A pathspec that matches nothing: the folder is new since then.
    if (archive.status === 0) {
      const unpack = spawnSync('tar', ['-x', '-C', unpacked], { input: archive.stdout });
      if (unpack.status !== 0) throw new Error(`tar could not unpack ${rev}: ${String(unpack.stderr)}`);
    } else {
      mkdirSync(join(unpacked, inRepo), { recursive: true });
    }
    return { rev, commit, tree: readContent(unpacked, inRepo || '.') };
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}
