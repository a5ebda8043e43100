import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entriesOf } from '../../src/reader/read-content.ts';
import { baseRevision, readContentAt, RevisionUnavailable } from '../../src/reader/revision.ts';
import { projectRoot } from '../helpers/content-tree.ts';
import { GitContentRepo, gitEnv } from '../helpers/git-repo.ts';

const repo = new GitContentRepo();
const made: string[] = [];
afterAll(() => {
  repo.dispose();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const feeAmount = (tree: ReturnType<typeof readContentAt>['tree'], id: string) =>
  entriesOf(tree, 'fees')[0]?.data?.find((fee) => fee.id === id)?.amount.amount;

describe('readContentAt', () => {
  it('reads the content as it was at a revision, with the reader, while the working tree differs', () => {
    const first = repo.git('rev-parse', 'HEAD');
    const before = feeAmount(readContentAt(repo.root, 'content', 'HEAD').tree, 'installation');
    expect(before).toBeGreaterThan(0);
    repo.replace('pricing/fees.yaml', `amount: ${before},`, `amount: ${(before ?? 0) + 100},`);
    const second = repo.commit('Raise the installation fee');
    const atFirst = readContentAt(repo.root, 'content', first);
    expect(atFirst.commit).toBe(first);
    expect(feeAmount(atFirst.tree, 'installation')).toBe(before);
    expect(feeAmount(readContentAt(repo.root, 'content', second).tree, 'installation')).toBe((before ?? 0) + 100);
    // The same files as the working tree, read the same way.
    expect(atFirst.tree.files.map((file) => file.path)).toEqual(
      readContentAt(repo.root, 'content', 'HEAD').tree.files.map((file) => file.path),
    );
  });

  it('reads a content folder that did not exist at the revision as an empty tree', () => {
    const empty = repo.git('commit-tree', repo.git('mktree'), '-m', 'Nothing');
    const { tree } = readContentAt(repo.root, 'content', empty);
    expect(tree.entries).toEqual([]);
    expect(tree.missing.length).toBeGreaterThan(0);
  });

  it('says clearly when the revision does not exist', () => {
    expect(() => readContentAt(repo.root, 'content', 'no-such-branch')).toThrow(
      /There is no revision "no-such-branch"/,
    );
  });

  it('says clearly when a shallow clone lacks the base, instead of passing', () => {
    const clone = mkdtempSync(join(tmpdir(), 'plainsight-shallow-'));
    made.push(clone);
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone], { env: gitEnv });
    expect(() => readContentAt(clone, 'content', first)).toThrow(RevisionUnavailable);
    expect(() => readContentAt(clone, 'content', first)).toThrow(/shallow.*fetch-depth: 0/s);
  });

  it('says clearly when the content is not in a git repository', () => {
    const copy = mkdtempSync(join(tmpdir(), 'plainsight-nogit-'));
    made.push(copy);
    cpSync(join(projectRoot, 'content'), join(copy, 'content'), { recursive: true });
    expect(() => readContentAt(copy, 'content', 'HEAD')).toThrow(/not in a git repository/);
  });
});

describe('baseRevision', () => {
  it('takes --base, then PLAINSIGHT_BASE, then where the branch left main', () => {
    expect(baseRevision(repo.root, 'v1', { PLAINSIGHT_BASE: 'v2' })).toBe('v1');
    expect(baseRevision(repo.root, undefined, { PLAINSIGHT_BASE: 'v2' })).toBe('v2');
    // On main itself, that is the last commit.
    expect(baseRevision(repo.root, undefined, {})).toBe(repo.git('rev-parse', 'HEAD'));
  });
  it('refuses a revision that git would take as an option', () => {
    expect(() => readContentAt(repo.root, 'content', '--output=/tmp/x')).toThrow(/is not a revision/);
  });
  it('in a GitHub pull request, takes the merge base with the target branch', () => {
    const base = repo.git('rev-parse', 'HEAD');
    repo.git('update-ref', 'refs/remotes/origin/main', base);
    repo.git('checkout', '-q', '-b', 'change');
    repo.write('papers/new.md', '---\ntitle: New\n---\n\nText.\n');
    repo.commit('A change');
    expect(baseRevision(repo.root, undefined, { GITHUB_BASE_REF: 'main' })).toBe(base);
  });
  it('on a branch, takes where it left main: a draft committed there is still a draft', () => {
    const left = repo.git('merge-base', 'HEAD', 'main');
    repo.write('papers/another.md', '---\ntitle: Another\n---\n\nText.\n');
    repo.commit('Another change on the branch');
    expect(baseRevision(repo.root, undefined, {})).toBe(left);
    expect(left).not.toBe(repo.git('rev-parse', 'HEAD'));
  });
});
