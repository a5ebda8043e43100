/** `npm run new:plan` end to end: a plan file every rule accepts, and the ids it refuses. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/rules/check-content.ts';
import { ContentTree } from '../helpers/content-tree.ts';
import { runCommand } from '../helpers/run-command.ts';

let tree: ContentTree;
afterEach(() => tree?.dispose());

const epoch = 1_795_305_600; // 2026-11-22T00:00:00Z
const run = (args: string[]) => runCommand('new-plan.ts', args, tree.dir, epoch);

describe('new:plan', () => {
  it('writes a plan that passes every rule, with the price given and comments for review', async () => {
    tree = new ContentTree();
    const result = run(['fiber-500', '--name', 'Fiber 500', '--price', '5500']);
    expect(result.status, result.stderr).toBe(0);
    const text = tree.read('pricing/plans/fiber-500.yaml');
    expect(text).toContain('# Copied from fiber-300: check it is true of this plan.');
    const plan = parse(text) as Record<string, unknown>;
    expect([plan['name'], plan['price'], plan['effective']]).toEqual([
      'Fiber 500',
      { amount: 5500, currency: 'USD' },
      '2026-11-22',
    ]);
    const report = async () =>
      (await checkContent(tree.dir, '.', { now: new Date(epoch * 1000) })).files.find((file) =>
        file.path.endsWith('pricing/plans/fiber-500.yaml'),
      )?.diagnostics ?? [];
    // The build refuses the placeholders, and nothing else; filled in, every rule accepts the plan.
    expect((await report()).map((d) => `${d.field} ${d.ruleId}`)).toEqual([
      'summary plain/placeholder',
      'includes[0] plain/placeholder',
    ]);
    tree.replace('pricing/plans/fiber-500.yaml', 'Say in one plain sentence who this plan is for.', 'For two people.');
    tree.replace('pricing/plans/fiber-500.yaml', 'Say what the plan includes, one item per line.', 'A Wi-Fi router');
    expect(await report()).toEqual([]);
  });

  it('refuses an id that exists or is not a valid slug, writing nothing', () => {
    tree = new ContentTree();
    const before = readdirSync(join(tree.dir, 'pricing/plans'));
    const taken = run(['fiber-300', '--name', 'Fiber 300 again', '--price', '4500']);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('a plan "fiber-300" already exists');
    const badSlug = run(['Fiber_500', '--name', 'Fiber 500', '--price', '5500']);
    expect(badSlug.status).toBe(2);
    expect(badSlug.stderr).toContain('"Fiber_500" is not a valid id');
    expect(readdirSync(join(tree.dir, 'pricing/plans'))).toEqual(before);
  });

  it('keeps a plan with a warning, and shows the warning: 45 is 45 cents', () => {
    tree = new ContentTree();
    const result = run(['fiber-500', '--name', 'Fiber 500', '--price', '45']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('fee/implausible-amount');
    expect(result.stderr).toContain('kept; replace the placeholders and review the warnings above');
    expect(tree.read('pricing/plans/fiber-500.yaml')).toContain('amount: 45');
  });

  it('suggests the plan meant by --from', () => {
    tree = new ContentTree();
    const result = run(['fiber-500', '--name', 'Fiber 500', '--price', '5500', '--from', 'fiber-30']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Did you mean "fiber-300"?');
    const option = run(['fiber-500', '--nmae', 'Fiber 500', '--price', '5500']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('unknown option "--nmae". Did you mean "--name"?');
  });
});
