/**
 * Every problem in one run: a tree with independent mistakes in several
 * files, of every kind the engine judges (a reference, money, prose in two
 * policies, a status record), is reported whole by one run, each problem
 * with its file, line and rule, by the check function, by
 * `npm run validate` and `npm run check`, and by the build.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check-content.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { ContentTree, projectRoot } from '../helpers/content-tree.ts';
import { sampleNow } from '../helpers/tree-check.ts';

/** The mistakes, each where an editor would make it, and where it must be reported. */
const mistakes = [
  {
    what: 'a fee id typo in a plan',
    make: (t: ContentTree) =>
      t.replace('pricing/plans/fiber-300.yaml', 'mandatory: [installation]', 'mandatory: [instalation]'),
    at: 'pricing/plans/fiber-300.yaml:7:15 reference/unknown-id',
  },
  {
    what: 'a price written as a decimal in another plan',
    make: (t: ContentTree) =>
      t.replace('pricing/plans/fiber-1000.yaml', 'price: { amount: 7000,', 'price: { amount: 70.00,'),
    at: 'pricing/plans/fiber-1000.yaml:4:18 schema/decimal-money',
  },
  {
    what: 'a vague fee sentence in a policy',
    make: (t: ContentTree) =>
      t.write(
        'policies/refunds/2025-03-01.mdx',
        `${t.read('policies/refunds/2025-03-01.mdx')}\nAdditional charges may apply.\n`,
      ),
    at: 'policies/refunds/2025-03-01.mdx:33:1 fee/vague-fee-language',
  },
  {
    what: 'a unilateral change in another policy',
    make: (t: ContentTree) =>
      t.write(
        'policies/privacy/2026-06-01.mdx',
        `${t.read('policies/privacy/2026-06-01.mdx')}\nWe may modify these terms at any time.\n`,
      ),
    at: 'policies/privacy/2026-06-01.mdx:45:4 gotcha/unilateral-change',
  },
  {
    what: 'an incident naming a component that does not exist',
    make: (t: ContentTree) =>
      t.replace(
        'status/incidents/2026-09-03-dns-slow.md',
        '{ id: dns, status: degraded_performance }',
        '{ id: dnss, status: degraded_performance }',
      ),
    at: 'status/incidents/2026-09-03-dns-slow.md:9:15 reference/unknown-id',
  },
  {
    what: 'a file in no collection',
    make: (t: ContentTree) => t.write('pricing/notes.txt', 'Remember to raise prices.\n'),
    at: 'pricing/notes.txt:1:1 file/outside-collections',
  },
];

let tree: ContentTree;
beforeAll(() => {
  tree = new ContentTree();
  for (const mistake of mistakes) mistake.make(tree);
});
afterAll(() => tree.dispose());

const expected = mistakes.map((mistake) => mistake.at).sort();

describe('a tree with a mistake in each of six files', () => {
  it('gets every one reported by one check, and nothing else', async () => {
    const result = await checkContent(tree.dir, '.', { now: sampleNow });
    const found = result.files.flatMap((file) =>
      file.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`),
    );
    expect(found.sort()).toEqual(expected);
  });

  it('gets every one reported by npm run validate and npm run check, with file, line and rule', () => {
    const env = { ...process.env, PLAINSIGHT_CONTENT_DIR: '.', SOURCE_DATE_EPOCH: String(sampleNow.getTime() / 1000) };
    const validate = spawnSync(process.execPath, [join(projectRoot, 'src/cli/validate-content.ts')], {
      cwd: tree.dir,
      env,
      encoding: 'utf8',
    });
    expect(validate.status).toBe(1);
    const check = spawnSync(process.execPath, [join(projectRoot, 'src/cli/check.ts'), '--format', 'json'], {
      cwd: tree.dir,
      env,
      encoding: 'utf8',
    });
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as {
      files: Array<{ path: string; diagnostics: Array<{ line: number; column: number; ruleId: string }> }>;
    };
    const found = report.files.flatMap((file) =>
      file.diagnostics.map((d) => `${file.path}:${d.line}:${d.column} ${d.ruleId}`),
    );
    expect(found.sort()).toEqual(expected);
    for (const at of expected) {
      const [place, rule] = at.split(' ');
      const [file, line, column] = (place ?? '').split(':');
      expect(validate.stderr).toContain(file);
      expect(validate.stderr).toMatch(new RegExp(`\\n\\s+${line}:${column}\\s+error\\s+.*${rule}`));
    }
  });

  it('stops the build with every one of them in its report', async () => {
    const build = await astroBuild({ contentDir: tree.dir });
    expect(build.status).not.toBe(0);
    for (const at of expected) {
      const [place, rule] = at.split(' ');
      const [file, line, column] = (place ?? '').split(':');
      expect(build.output).toContain(file);
      expect(build.output).toMatch(new RegExp(`\\n\\s+${line}:${column}\\s+error\\s+.*${rule}`));
    }
  });
});
