/** `npm run new:maintenance` end to end: a maintenance every rule accepts, and what it refuses. */
import { readdirSync } from 'node:fs';
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
const run = (args: string[]) => runCommand('new-maintenance.ts', args, tree.dir, epoch);
const window = ['--start', '2026-12-10T10:00:00Z', '--end', '2026-12-10T12:00:00Z'];

describe('new:maintenance', () => {
  it('writes the window and a scheduled announcement that pass every rule', async () => {
    tree = new ContentTree();
    const result = run(['Replacing DNS servers', ...window, '--component', 'dns', '--component', 'fiber-north']);
    expect(result.status, result.stderr).toBe(0);
    const path = 'status/maintenance/2026-12-10-replacing-dns-servers.md';
    const data = parse(splitFrontMatter(tree.read(path)).yaml?.text ?? '') as Record<string, unknown>;
    expect(data).toEqual({
      title: 'Replacing DNS servers',
      components: ['dns', 'fiber-north'],
      scheduledStart: '2026-12-10T10:00:00Z',
      scheduledEnd: '2026-12-10T12:00:00Z',
      updates: [
        {
          at: '2026-11-22T00:00:00Z',
          status: 'scheduled',
          // The window in the site's time zone, with the components' names.
          message:
            'We plan work on Name lookups (DNS) and Fiber network, North Bayside from Dec 10, 2026, 2:00 AM PST ' +
            'to Dec 10, 2026, 4:00 AM PST. We will post an update when the work starts.',
        },
      ],
    });
    const checked = await checkContent(tree.dir, '.', { now: new Date(epoch * 1000) });
    expect(checked.files.find((file) => file.path.endsWith(path))?.diagnostics ?? []).toEqual([]);
    expect(checked.errors).toBe(0);
  });

  it('refuses an unknown component, listing the known ones, and a window that ends before it starts', () => {
    tree = new ContentTree();
    const before = readdirSync(join(tree.dir, 'status/maintenance'));
    const unknown = run(['Work', ...window, '--component', 'dnz']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('there is no component "dnz"');
    expect(unknown.stderr).toContain(
      'Did you mean "dns"? Known components: account-portal, dns, fiber-north, fiber-south, home-phone, support-lines.',
    );
    const backwards = run([
      'Work',
      '--start',
      '2026-12-10T10:00:00Z',
      '--end',
      '2026-12-10T09:00:00Z',
      '--component',
      'dns',
    ]);
    expect(backwards.status).toBe(2);
    expect(backwards.stderr).toContain('must be after --start');
    expect(readdirSync(join(tree.dir, 'status/maintenance'))).toEqual(before);
  });

  it('does not keep an announcement the build would refuse, and says why (exit 1)', () => {
    tree = new ContentTree();
    const message = 'We may extend the work at our sole discretion.';
    const result = run(['Replacing DNS servers', ...window, '--component', 'dns', '--message', message]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('gotcha/sole-discretion');
    expect(result.stderr).toContain('the file was not kept');
    expect(readdirSync(join(tree.dir, 'status/maintenance'))).not.toContain('2026-12-10-replacing-dns-servers.md');
  });
});
