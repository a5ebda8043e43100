/** `npm run new:incident` end to end: the file it writes, the update it appends, and what it refuses. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/rules/check-content.ts';
import { splitFrontMatter } from '../../src/reader/front-matter.ts';
import { ContentTree, projectRoot } from '../helpers/content-tree.ts';

let tree: ContentTree;
afterEach(() => tree?.dispose());

function run(args: string[], epoch: number) {
  return spawnSync(process.execPath, [join(projectRoot, 'src/cli/new-incident.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      PLAINSIGHT_CONTENT_DIR: tree.dir,
      SOURCE_DATE_EPOCH: String(epoch),
      // Where Node keeps compiled code between runs (vitest.config.ts).
      ...(process.env['NODE_COMPILE_CACHE'] ? { NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] } : {}),
    },
  });
}

const epoch = 1_795_305_600; // 2026-11-22T00:00:00Z

describe('new:incident', () => {
  it('opens an incident every rule accepts, then appends updates to it', async () => {
    tree = new ContentTree();
    const opened = run(['Chat is down', '--component', 'support-lines', '--component-status', 'major_outage'], epoch);
    expect(opened.status, opened.stderr).toBe(0);
    const file = join(tree.dir, 'status/incidents/2026-11-22-chat-is-down.md');
    expect(opened.stdout).toContain(`Wrote ${file}`);
    const updated = run(
      ['--update', '2026-11-22-chat-is-down', '--status', 'resolved', '--message', 'Chat is back.'],
      epoch + 1800,
    );
    expect(updated.status, updated.stderr).toBe(0);
    const data = parse(splitFrontMatter(tree.read('status/incidents/2026-11-22-chat-is-down.md')).yaml?.text ?? '') as {
      impact: string;
      updates: Array<{ at: string; status: string; components?: unknown[] }>;
    };
    expect(data.impact).toBe('critical');
    expect(data.updates.map((u) => [u.at, u.status])).toEqual([
      ['2026-11-22T00:00:00Z', 'investigating'],
      ['2026-11-22T00:30:00Z', 'resolved'],
    ]);
    expect(data.updates[0]?.components).toEqual([{ id: 'support-lines', status: 'major_outage' }]);
    expect((await checkContent(tree.dir, '.', { now: new Date((epoch + 1800) * 1000) })).errors).toBe(0);
  });

  it('refuses an unknown component before writing anything (exit 2)', () => {
    tree = new ContentTree();
    const before = readdirSync(join(tree.dir, 'status/incidents')).length;
    const result = run(['Chat is down', '--component', 'chat'], epoch);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('there is no component "chat"');
    expect(readdirSync(join(tree.dir, 'status/incidents')).length).toBe(before);
  });

  it('does not keep a file the build would refuse, and says why (exit 1)', () => {
    tree = new ContentTree();
    const result = run(
      ['Chat is down', '--component', 'support-lines', '--message', 'Chat may stop at our sole discretion.'],
      epoch,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('gotcha/sole-discretion');
    expect(existsSync(join(tree.dir, 'status/incidents/2026-11-22-chat-is-down.md'))).toBe(false);
  });

  it('undoes an update that moves the status backwards', () => {
    tree = new ContentTree();
    expect(run(['Chat is down', '--component', 'support-lines', '--status', 'monitoring'], epoch).status).toBe(0);
    const before = tree.read('status/incidents/2026-11-22-chat-is-down.md');
    const result = run(
      ['--update', '2026-11-22-chat-is-down', '--status', 'investigating', '--message', 'Looking again.'],
      epoch + 600,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the update was undone');
    expect(tree.read('status/incidents/2026-11-22-chat-is-down.md')).toBe(before);
  });
});
