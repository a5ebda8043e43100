/** `npm run new:policy-version` end to end: the version it starts, its date, and what it refuses. */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/reader/front-matter.ts';
import { checkContent } from '../../src/rules/check-content.ts';
import { ContentTree } from '../helpers/content-tree.ts';
import { runCommand } from '../helpers/run-command.ts';

let tree: ContentTree;
afterEach(() => tree?.dispose());

const epoch = 1_795_305_600; // 2026-11-22T00:00:00Z
const now = new Date(epoch * 1000);
const run = (args: string[]) => runCommand('new-policy-version.ts', args, tree.dir, epoch);
const frontMatter = (path: string) =>
  parse(splitFrontMatter(tree.read(path)).yaml?.text ?? '') as Record<string, unknown>;

/** Replaces the placeholders of a new version's changes block, as an editor does. */
function fillIn(path: string): void {
  tree.replace(
    path,
    /what: Say what is different[^\n]*/.exec(tree.read(path))?.[0] ?? 'what: Say',
    'what: We now keep logs for 30 days.',
  );
  tree.replace(path, 'why: Say why it changed.', 'why: A customer asked us to keep them for less time.');
}

/** The errors every rule finds in one file of the tree. */
async function errorsIn(path: string): Promise<string[]> {
  const result = await checkContent(tree.dir, '.', { now });
  const file = result.files.find((report) => report.path.endsWith(path));
  return (file?.diagnostics ?? []).filter((d) => d.severity === 'error').map((d) => d.ruleId);
}

describe('new:policy-version', () => {
  it('starts a material change on the earliest day the notice period allows, and every rule accepts it', async () => {
    tree = new ContentTree();
    const result = run(['privacy']);
    expect(result.status, result.stderr).toBe(0);
    // 30 days' notice (site.yaml) from 2026-11-22.
    const path = 'policies/privacy/2026-12-22.mdx';
    expect(result.stdout).toContain(`Wrote ${join(tree.dir, path)}`);
    expect(result.stdout).toContain('changes.what and changes.why');
    const data = frontMatter(path);
    expect([data['effective'], data['published'], data['changeType']]).toEqual([
      '2026-12-22',
      '2026-11-22',
      'material',
    ]);
    expect(data['changes']).toEqual({
      what: 'Say what is different from the version of 2026-06-01, in plain words.',
      why: 'Say why it changed.',
    });
    expect(splitFrontMatter(tree.read(path)).body.text).toBe(
      splitFrontMatter(tree.read('policies/privacy/2026-06-01.mdx')).body.text,
    );
    // The build refuses the placeholders, and nothing else; filled in, every rule accepts the version.
    expect(await errorsIn(path)).toEqual(['plain/placeholder', 'plain/placeholder']);
    fillIn(path);
    expect(await errorsIn(path)).toEqual([]);
    // One day earlier, and the build refuses it: the date is the earliest allowed, not merely an allowed one.
    tree.replace(path, 'effective: 2026-12-22', 'effective: 2026-12-21');
    renameSync(join(tree.dir, path), join(tree.dir, 'policies/privacy/2026-12-21.mdx'));
    expect(await errorsIn('policies/privacy/2026-12-21.mdx')).toEqual(['policy/notice-period']);
  });

  it('starts an editorial change today, after a version already scheduled', async () => {
    tree = new ContentTree();
    // Refunds has a version taking effect on 2026-12-15: the new one copies it and comes after it.
    const result = run(['refunds', '--change-type', 'editorial']);
    expect(result.status, result.stderr).toBe(0);
    const path = 'policies/refunds/2026-12-16.mdx';
    expect(frontMatter(path)['changeType']).toBe('editorial');
    expect(splitFrontMatter(tree.read(path)).body.text).toBe(
      splitFrontMatter(tree.read('policies/refunds/2026-12-15.mdx')).body.text,
    );
    fillIn(path);
    expect(await errorsIn(path)).toEqual([]);
  });

  it('refuses an unknown policy, listing the known ones, and an --effective too early, naming the earliest day', () => {
    tree = new ContentTree();
    const unknown = run(['refund']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('there is no policy "refund"');
    expect(unknown.stderr).toContain(
      'Did you mean "refunds"? Known policies: billing-and-late-payments, cancellation, fair-use, privacy, refunds,',
    );
    const early = run(['privacy', '--effective', '2026-12-21']);
    expect(early.status).toBe(2);
    expect(early.stderr).toContain('--effective 2026-12-21 is too early');
    expect(early.stderr).toContain('the earliest day is 2026-12-22');
    expect(tree.read('policies/privacy/2026-06-01.mdx')).toContain('effective: 2026-06-01');
  });
});
