/**
 * A real git repository in a temporary folder, holding a copy of the sample
 * content in `content/` and one commit of it: for the checks that compare
 * content with a base revision. Git runs with a fixed identity and date, and
 * without the user's configuration.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './content-tree.ts';

export const gitEnv = {
  PATH: process.env['PATH'] ?? '',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Editor',
  GIT_AUTHOR_EMAIL: 'editor@example.com',
  GIT_COMMITTER_NAME: 'Editor',
  GIT_COMMITTER_EMAIL: 'editor@example.com',
  GIT_AUTHOR_DATE: '2026-11-20T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-20T12:00:00Z',
};

export class GitContentRepo {
  /** The repository's folder; the content is in `content/` below it. */
  readonly root: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'plainsight-repo-'));
    cpSync(join(projectRoot, 'content'), join(this.root, 'content'), { recursive: true });
    this.git('init', '-q', '-b', 'main');
    this.commit('Sample content');
  }

  /** Runs git in the repository and returns its output. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, env: gitEnv, encoding: 'utf8' }).trim();
  }

  /** Commits everything, and returns the commit. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  /** Reads a content file. */
  read(path: string): string {
    return readFileSync(join(this.root, 'content', path), 'utf8');
  }

  /** Writes a content file. */
  write(path: string, text: string): void {
    mkdirSync(dirname(join(this.root, 'content', path)), { recursive: true });
    writeFileSync(join(this.root, 'content', path), text);
  }

  /** Replaces the first occurrence of `from` in a content file; throws if it is absent. */
  replace(path: string, from: string, to: string): void {
    const text = this.read(path);
    if (!text.includes(from)) throw new Error(`content/${path} does not contain ${JSON.stringify(from)}.`);
    this.write(path, text.replace(from, to));
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
