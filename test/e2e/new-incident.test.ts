/** `npm run new:incident` end to end: the file it writes, the update it appends, and what it refuses. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { statusSnapshot } from '../../src/domain/status/status-snapshot.ts';
import { splitFrontMatter } from '../../src/reader/front-matter.ts';
import { entriesOf, readContent, singleData } from '../../src/reader/read-content.ts';
import { checkContent } from '../../src/rules/check-content.ts';
import { ContentTree } from '../helpers/content-tree.ts';
import { runCommand } from '../helpers/run-command.ts';

let tree: ContentTree;
afterEach(() => tree?.dispose());

const run = (args: string[], at: number) => runCommand('new-incident.ts', args, tree.dir, at);

interface IncidentData {
  impact: string;
  updates: Array<{ at: string; status: string; components?: unknown[] }>;
}
const incidentData = (path: string) => parse(splitFrontMatter(tree.read(path)).yaml?.text ?? '') as IncidentData;

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
    const data = incidentData('status/incidents/2026-11-22-chat-is-down.md');
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
    const misspelt = run(['Chat is down', '--component', 'suport-lines'], epoch);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toContain('there is no component "suport-lines"');
    expect(misspelt.stderr).toContain('Did you mean "support-lines"?');
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
    expect(result.stderr).toContain('the change was undone');
    expect(tree.read('status/incidents/2026-11-22-chat-is-down.md')).toBe(before);
  });

  it('refuses an --at in the future or before the last update, and writes nothing', () => {
    tree = new ContentTree();
    const future = run(['DNS is slow', '--component', 'dns', '--at', '2026-11-22T00:01:00Z'], epoch);
    expect(future.status).toBe(2);
    expect(future.stderr).toContain('in the future');
    expect(existsSync(join(tree.dir, 'status/incidents/2026-11-22-dns-is-slow.md'))).toBe(false);
    const path = 'status/incidents/2026-11-19-support-chat.md';
    const before = tree.read(path);
    const early = run(
      ['--update', '2026-11-19-support-chat', '--message', 'Late.', '--at', '2026-11-19T19:00:00Z'],
      epoch,
    );
    expect(early.status).toBe(2);
    expect(early.stderr).toContain("before the incident's last update (2026-11-19T19:05:00Z");
    expect(tree.read(path)).toBe(before);
  });

  it('stamps --at as a clock time in the site zone, and resolves every affected component to operational', () => {
    tree = new ContentTree();
    // 00:00 UTC on 22 November is 16:00 on 21 November in Los Angeles, the sample site's zone.
    const args = ['Phones and DNS down', '--component', 'home-phone', '--component', 'dns', '--at', '15:05'];
    const opened = run([...args, '--component-status', 'major_outage'], epoch);
    expect(opened.status, opened.stderr).toBe(0);
    const id = '2026-11-21-phones-and-dns-down';
    const closed = run(['--update', id, '--status', 'resolved', '--message', 'All is working.'], epoch + 600);
    expect(closed.status, closed.stderr).toBe(0);
    const updates = incidentData(`status/incidents/${id}.md`).updates;
    expect(updates.map((u) => u.at)).toEqual(['2026-11-21T23:05:00Z', '2026-11-22T00:10:00Z']);
    expect(updates[1]?.components).toEqual([
      { id: 'home-phone', status: 'operational' },
      { id: 'dns', status: 'operational' },
    ]);
    const content = readContent(tree.dir, '.');
    const site = singleData(content, 'site');
    const groups = singleData(content, 'components')?.groups ?? [];
    let order = 0;
    const snapshot = statusSnapshot({
      site: { name: site?.name ?? '', url: site?.url ?? '', timeZone: site?.timeZone ?? 'UTC' },
      components: groups.flatMap((group) =>
        group.components.map((component) => ({
          ...component,
          group: { id: group.id, name: group.name },
          order: order++,
        })),
      ),
      incidents: entriesOf(content, 'incident').flatMap((entry) =>
        entry.data ? [{ id: entry.id, data: entry.data, hasPostmortem: false }] : [],
      ),
      maintenances: entriesOf(content, 'maintenance').flatMap((entry) =>
        entry.data ? [{ id: entry.id, data: entry.data }] : [],
      ),
      now: new Date((epoch + 600) * 1000),
    });
    const statuses = new Map(snapshot.components.map((c) => [c.component.id, c.status]));
    expect([statuses.get('home-phone'), statuses.get('dns')]).toEqual(['operational', 'operational']);
  });
});
