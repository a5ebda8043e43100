/**
 * The content folder as it was at a git revision, read by the same reader
 * as the working tree: what the record check compares a change with, and
 * what `npm run review` compares two revisions by. Git is run as a command
 * (`git ls-tree`, `git cat-file`), the way CI has it; nothing is cloned or
 * written to disk.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { contentFilesFrom } from './content-files.ts';
import { readContentTree, type ContentTree } from './read-content.ts';

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
  // A revision is never an option to git, whatever it is given as.
  if (rev.startsWith('-')) throw new RevisionUnavailable(`"${rev}" is not a revision: name a branch, tag or commit.`);
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
 * else in a GitHub pull request the merge base with its target branch, else
 * where this branch left the main line (its upstream, origin's default
 * branch, or main), so that a draft committed on a branch is still a draft;
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
  return mainLineBase(workTreeOf(projectRoot)) ?? 'HEAD';
}

/** The merge base of HEAD with the first main line that exists here, or undefined. */
function mainLineBase(top: string): string | undefined {
  for (const line of ['@{upstream}', 'origin/HEAD', 'origin/main', 'main']) {
    if (!git(top, ['rev-parse', '--verify', '--quiet', `${line}^{commit}`]).ok) continue;
    const base = git(top, ['merge-base', 'HEAD', line]);
    if (base.ok) return base.stdout;
  }
  return undefined;
}

/**
 * Reads the content folder `contentDir` (relative to `projectRoot`, or
 * absolute) as it was at `rev`, from git's objects: no file is written. A
 * folder that did not exist then reads as an empty tree.
 */
export function readContentAt(projectRoot: string, contentDir: string, rev: string): ContentAtRevision {
  const root = realpathSync(resolve(projectRoot, contentDir));
  const top = workTreeOf(root);
  const commit = commitOf(top, rev);
  const inRepo = relative(realpathSync(top), root).split(sep).join('/');
  const listing = spawnSync('git', ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', inRepo || '.'], {
    cwd: top,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (listing.status !== 0) throw new RevisionUnavailable(`git could not list ${rev}: ${String(listing.stderr)}`);
  // "<mode> <type> <object> <size>\t<path>", NUL after each.
  const blobs = String(listing.stdout)
    .split('\0')
    .filter((line) => line !== '')
    .flatMap((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, object] = line.slice(0, tab).split(/ +/);
      const path = line.slice(tab + 1);
      return type === 'blob' && object !== undefined
        ? [{ object, path: inRepo ? path.slice(inRepo.length + 1) : path, link: mode === '120000' }]
        : [];
    });
  const contents = blobContents(
    top,
    blobs.map((blob) => blob.object),
  );
  const files = contentFilesFrom(
    inRepo || '.',
    blobs.map((blob) => {
      const bytes = contents.get(blob.object);
      // A link is stored as the path it names; like a link to nothing, it cannot be read as content.
      return { path: blob.path, size: blob.link ? undefined : bytes?.length, read: () => bytes ?? new Uint8Array() };
    }),
  );
  return { rev, commit, tree: readContentTree(top, inRepo || '.', files) };
}

/** The bytes of each object, from one `git cat-file --batch`. */
function blobContents(top: string, objects: readonly string[]): Map<string, Uint8Array> {
  const unique = [...new Set(objects)];
  const result = spawnSync('git', ['cat-file', '--batch'], {
    cwd: top,
    input: unique.map((object) => `${object}\n`).join(''),
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) throw new RevisionUnavailable(`git could not read the files: ${String(result.stderr)}`);
  const out = result.stdout;
  const contents = new Map<string, Uint8Array>();
  let at = 0;
  for (const object of unique) {
    // "<object> blob <size>\n<bytes>\n" for each object asked for, in order.
    const headerEnd = out.indexOf(10, at);
    const [, type, sizeText] = out
      .subarray(at, headerEnd === -1 ? undefined : headerEnd)
      .toString('latin1')
      .split(' ');
    const size = Number(sizeText);
    // A missing object (a partial clone) must not read as an empty file: the record would pass unread.
    if (headerEnd === -1 || type !== 'blob' || !Number.isInteger(size))
      throw new RevisionUnavailable(
        `git could not give back ${object}: fetch the whole history (git fetch --refetch).`,
      );
    contents.set(object, out.subarray(headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return contents;
}
