import { describe, expect, it } from 'vitest';
import { maintenanceStatusAt } from '../../src/domain/status/maintenance-status.ts';
import { statuspageApi, statuspageId, type StatusRecord } from '../../src/domain/status/statuspage.ts';
import { statusSnapshot } from '../../src/domain/status/status-snapshot.ts';
import { statuspageDocuments, type IncidentV2, type ScheduledMaintenanceV2 } from '../../src/schemas/statuspage-v2.ts';
import type { StoredComponent } from '../../src/schemas/component.ts';
import type { Maintenance } from '../../src/schemas/maintenance.ts';

const component = (id: string, group: string, order: number): StoredComponent => ({
  id,
  name: id.toUpperCase(),
  description: `${id} d`,
  since: '2025-01-01',
  group: { id: group, name: group },
  order,
});
const maintenance: Maintenance = {
  title: 'Upgrade',
  components: ['portal'],
  scheduledStart: '2026-12-02T10:00:00.000Z',
  scheduledEnd: '2026-12-02T12:00:00.000Z',
  updates: [{ at: '2026-11-18T17:00:00.000Z', status: 'scheduled', message: 'We will upgrade.' }],
};
const record = (now: string): StatusRecord => ({
  site: { name: 'Harbor', url: 'https://example.test', timeZone: 'UTC' },
  components: [component('north', 'net', 0), component('dns', 'net', 1), component('portal', 'account', 2)],
  incidents: [
    {
      id: 'dns-down',
      hasPostmortem: false,
      data: {
        title: 'DNS down',
        impact: 'critical',
        updates: [
          {
            at: '2026-11-21T20:00:00.000Z',
            status: 'investigating',
            message: 'Looking.',
            components: [{ id: 'dns', status: 'major_outage' }],
          },
          {
            at: '2026-11-21T21:00:00.000Z',
            status: 'monitoring',
            message: 'Fixed, watching.',
            components: [{ id: 'dns', status: 'degraded_performance' }],
          },
          {
            at: '2026-11-21T22:00:00.000Z',
            status: 'resolved',
            message: 'Done.',
            components: [{ id: 'dns', status: 'operational' }],
          },
        ],
      },
    },
    {
      id: 'old-cut',
      hasPostmortem: true,
      data: {
        title: 'Cable cut',
        impact: 'major',
        updates: [
          {
            at: '2026-08-27T16:00:00.000Z',
            status: 'investigating',
            message: 'Cut.',
            components: [{ id: 'north', status: 'major_outage' }],
          },
          { at: '2026-08-27T20:00:00.000Z', status: 'resolved', message: 'Spliced.', components: [] },
        ],
      },
    },
  ],
  maintenances: [{ id: 'upgrade', data: maintenance }],
  now: new Date(now),
});

describe('statuspageId', () => {
  it('is 12 lowercase letters or digits, stable, and different per kind and id', () => {
    expect(statuspageId('component', 'dns')).toMatch(/^[a-z0-9]{12}$/);
    expect(statuspageId('component', 'dns')).toBe(statuspageId('component', 'dns'));
    expect(statuspageId('component', 'dns')).not.toBe(statuspageId('incident', 'dns'));
    expect(statuspageId('component', 'dns')).not.toBe(statuspageId('component', 'dns2'));
  });
});

describe('statuspageApi', () => {
  it('lists the 50 newest incidents, newest first, and every open one however old', () => {
    const base = record('2026-11-22T12:00:00Z');
    const resolvedDay = (day: number) => ({
      id: `cut-${day}`,
      hasPostmortem: false,
      data: {
        title: `Cut ${day}`,
        impact: 'minor' as const,
        updates: [
          {
            at: `2026-10-${String(day).padStart(2, '0')}T08:00:00.000Z`,
            status: 'investigating' as const,
            message: 'Cut.',
            components: [],
          },
          {
            at: `2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z`,
            status: 'resolved' as const,
            message: 'Fixed.',
            components: [],
          },
        ],
      },
    });
    const resolved = Array.from({ length: 30 }, (_, i) => resolvedDay(i + 1));
    const older = resolved.map((incident) => ({
      ...incident,
      id: `${incident.id}-2025`,
      data: {
        ...incident.data,
        updates: incident.data.updates.map((u) => ({ ...u, at: u.at.replace('2026', '2025') })),
      },
    }));
    const stillOpen = {
      id: 'still-open',
      hasPostmortem: false,
      data: {
        title: 'Still open',
        impact: 'minor' as const,
        updates: [{ at: '2025-01-05T08:00:00.000Z', status: 'identified' as const, message: 'On it.', components: [] }],
      },
    };
    const api = statuspageApi(
      statusSnapshot({ ...base, incidents: [stillOpen, ...older, ...base.incidents, ...resolved] }),
    );
    const listed = (api['incidents.json'] as { incidents: IncidentV2[] }).incidents;
    const all = [...base.incidents, ...resolved, ...older, stillOpen];
    const newest = [...all]
      .sort((a, b) => Date.parse(b.data.updates[0]!.at) - Date.parse(a.data.updates[0]!.at))
      .slice(0, 50)
      .map((incident) => statuspageId('incident', incident.id));
    expect(listed.map((incident) => incident.id)).toEqual(newest);
    expect(newest).not.toContain(statuspageId('incident', 'still-open'));
    const unresolved = (api['incidents/unresolved.json'] as { incidents: IncidentV2[] }).incidents;
    expect(unresolved.map((incident) => incident.name)).toEqual(['Still open']);
    expect((api['summary.json'] as { incidents: IncidentV2[] }).incidents.map((incident) => incident.name)).toEqual([
      'Still open',
    ]);
  });

  it('writes every document in the v2 format', () => {
    const api = statuspageApi(statusSnapshot(record('2026-11-21T20:30:00Z')));
    for (const [path, schema] of Object.entries(statuspageDocuments)) {
      expect(schema.safeParse(api[path as keyof typeof api]).error, path).toBeUndefined();
    }
  });

  it('reports an open incident: critical indicator, the component in major outage, updates newest first', () => {
    const api = statuspageApi(statusSnapshot(record('2026-11-21T20:30:00Z')));
    const summary = statuspageDocuments['summary.json'].parse(api['summary.json']);
    expect(summary.status).toEqual({ indicator: 'critical', description: 'Major outage' });
    // The latest update posted, as on Statuspage, and when the document was written.
    expect(summary.page).toMatchObject({
      updated_at: '2026-11-21T20:00:00.000Z',
      generated_at: '2026-11-21T20:30:00.000Z',
    });
    const dns = summary.components.find((c) => c.name === 'DNS');
    expect(dns).toMatchObject({
      status: 'major_outage',
      updated_at: '2026-11-21T20:00:00.000Z',
      start_date: '2025-01-01',
      group: false,
    });
    // The group is as bad as its worst component, and lists its members.
    const net = summary.components.find((c) => c.name === 'net');
    expect(net).toMatchObject({
      group: true,
      status: 'major_outage',
      components: [statuspageId('component', 'north'), statuspageId('component', 'dns')],
    });
    expect(summary.components.map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
    expect(summary.incidents.map((i) => [i.name, i.status])).toEqual([['DNS down', 'investigating']]);
    // Updates posted after now are not published yet.
    expect(summary.incidents[0]?.incident_updates.map((u) => u.body)).toEqual(['Looking.']);
  });

  it('gives a resolved incident its times, affected components old and new, and "postmortem" once published', () => {
    const api = statuspageApi(statusSnapshot(record('2026-11-22T00:00:00Z')));
    const incidents = (api['incidents.json'] as { incidents: IncidentV2[] }).incidents;
    const dns = incidents.find((i) => i.name === 'DNS down');
    expect(dns).toMatchObject({
      status: 'resolved',
      monitoring_at: '2026-11-21T21:00:00.000Z',
      resolved_at: '2026-11-21T22:00:00.000Z',
      shortlink: 'https://example.test/status/incidents/dns-down/',
    });
    expect(dns?.incident_updates.map((u) => u.status)).toEqual(['resolved', 'monitoring', 'investigating']);
    expect(dns?.incident_updates[1]?.affected_components).toEqual([
      {
        code: statuspageId('component', 'dns'),
        name: 'DNS',
        old_status: 'major_outage',
        new_status: 'degraded_performance',
      },
    ]);
    expect(incidents.find((i) => i.name === 'Cable cut')?.status).toBe('postmortem');
    expect((api['incidents/unresolved.json'] as { incidents: unknown[] }).incidents).toEqual([]);
    expect((api['status.json'] as { status: unknown }).status).toEqual({
      indicator: 'none',
      description: 'All systems operational',
    });
  });

  it('lists maintenance as upcoming, then active while the work is under way, then completed', () => {
    const upcoming = statuspageApi(statusSnapshot(record('2026-11-22T00:00:00Z')));
    expect(
      (
        upcoming['scheduled-maintenances/upcoming.json'] as { scheduled_maintenances: ScheduledMaintenanceV2[] }
      ).scheduled_maintenances.map((m) => m.status),
    ).toEqual(['scheduled']);
    const during = statuspageApi(statusSnapshot(record('2026-12-02T11:00:00Z')));
    const active = (
      during['scheduled-maintenances/active.json'] as { scheduled_maintenances: ScheduledMaintenanceV2[] }
    ).scheduled_maintenances;
    expect(active.map((m) => [m.name, m.status, m.impact])).toEqual([['Upgrade', 'in_progress', 'maintenance']]);
    expect((during['status.json'] as { status: unknown }).status).toEqual({
      indicator: 'minor',
      description: 'Planned maintenance under way',
    });
    expect(maintenanceStatusAt(maintenance, new Date('2026-12-02T13:00:00Z'))).toBe('completed');
  });
});
