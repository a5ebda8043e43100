import { describe, expect, it } from 'vitest';
import { statusSnapshot, type StatusRecord } from '../../src/domain/status/status-snapshot.ts';
import { statuspageApi, statuspageId } from '../../src/domain/status/statuspage.ts';
import type { StoredComponent } from '../../src/schemas/component.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import type { Maintenance } from '../../src/schemas/maintenance.ts';
import { upgrade } from '../helpers/status-fixtures.ts';
import { statuspageDocuments, type ComponentV2, type ScheduledMaintenanceV2 } from '../../src/schemas/statuspage-v2.ts';

const component = (id: string, group: string, order: number): StoredComponent => ({
  id,
  name: id.toUpperCase(),
  description: `${id} d`,
  since: '2025-01-01',
  group: { id: group, name: group },
  order,
});
const dnsDown: Incident = {
  title: 'DNS down',
  impact: 'critical',
  updates: [
    {
      at: '2026-11-21T20:00:00.000Z',
      status: 'investigating',
      message: 'Looking.',
      components: [{ id: 'dns', status: 'major_outage' }],
    },
    { at: '2026-11-21T22:00:00.000Z', status: 'resolved', message: 'Done.', components: [] },
  ],
};
const record = (
  now: string,
  maintenance: Maintenance = upgrade(),
  incidents: Incident[] = [dnsDown],
): StatusRecord => ({
  site: { name: 'Harbor', url: 'https://example.test', timeZone: 'UTC' },
  components: [component('north', 'net', 0), component('dns', 'net', 1), component('portal', 'account', 2)],
  incidents: incidents.map((data, i) => ({ id: `incident-${i}`, data, hasPostmortem: false })),
  maintenances: [{ id: 'upgrade', data: maintenance }],
  now: new Date(now),
});

/** What /status/ shows about maintenance and the portal, read from the snapshot as the page reads it. */
const page = (r: StatusRecord) => {
  const snapshot = statusSnapshot(r);
  return {
    headline: snapshot.indicator.description,
    listed: [...snapshot.activeMaintenances, ...snapshot.upcomingMaintenances].map((m) => [m.id, m.status, m.active]),
    portal: snapshot.componentsById.get('portal')?.status,
  };
};
/** What /api/v2/ says about the same, from the same snapshot. */
const api = (r: StatusRecord) => {
  const documents = statuspageApi(statusSnapshot(r));
  const summary = statuspageDocuments['summary.json'].parse(documents['summary.json']);
  const active = (
    documents['scheduled-maintenances/active.json'] as { scheduled_maintenances: ScheduledMaintenanceV2[] }
  ).scheduled_maintenances;
  return {
    headline: summary.status.description,
    listed: summary.scheduled_maintenances.map((m) => [m.name, m.status]),
    active: active.map((m) => m.status),
    portal: summary.components.find((c: ComponentV2) => c.name === 'PORTAL')?.status,
  };
};

describe('a maintenance at now, on the page and in the API', () => {
  it('is active on both while it is verifying after its window', () => {
    const r = record('2026-12-02T12:30:00Z', upgrade(['10:00', 'in_progress'], ['11:50', 'verifying']));
    expect(page(r)).toEqual({
      headline: 'Planned maintenance under way',
      listed: [['upgrade', 'verifying', true]],
      portal: 'under_maintenance',
    });
    expect(api(r)).toEqual({
      headline: 'Planned maintenance under way',
      listed: [['Upgrade', 'verifying']],
      active: ['verifying'],
      portal: 'under_maintenance',
    });
  });

  it('is in progress on both during its window by the clock, without an update', () => {
    const r = record('2026-12-02T11:00:00Z');
    expect(page(r)).toMatchObject({ listed: [['upgrade', 'in_progress', true]], portal: 'under_maintenance' });
    expect(api(r)).toMatchObject({ active: ['in_progress'], portal: 'under_maintenance' });
  });

  it('is completed on both after its window by the clock, and the API says when', () => {
    const r = record('2026-12-02T12:30:00Z', upgrade(['10:00', 'in_progress']));
    expect(page(r)).toEqual({ headline: 'All systems operational', listed: [], portal: 'operational' });
    expect(api(r)).toMatchObject({ listed: [], active: [], portal: 'operational' });
    const all = statuspageApi(statusSnapshot(r))['scheduled-maintenances.json'] as {
      scheduled_maintenances: ScheduledMaintenanceV2[];
    };
    expect(all.scheduled_maintenances[0]).toMatchObject({
      status: 'completed',
      resolved_at: '2026-12-02T12:00:00.000Z',
    });
  });

  it('is over on both when it is completed early', () => {
    const r = record('2026-12-02T11:00:00Z', upgrade(['10:00', 'in_progress'], ['10:40', 'completed']));
    expect(page(r)).toMatchObject({ listed: [], portal: 'operational' });
    expect(api(r)).toMatchObject({ listed: [], active: [], portal: 'operational' });
  });

  it('is upcoming on both before its window', () => {
    const r = record('2026-11-22T00:00:00Z');
    expect(page(r)).toMatchObject({ listed: [['upgrade', 'scheduled', false]], portal: 'operational' });
    expect(api(r)).toMatchObject({ listed: [['Upgrade', 'scheduled']], active: [] });
  });
});

describe('statusSnapshot', () => {
  it('gives each component its status, timeline, 90 days and uptime, and each group its worst and mean', () => {
    const snapshot = statusSnapshot(record('2026-11-21T21:00:00Z'));
    const dns = snapshot.componentsById.get('dns');
    expect(dns?.status).toBe('major_outage');
    expect(dns?.days).toHaveLength(90);
    expect(dns?.days.at(-1)?.day).toBe('2026-11-21');
    // An hour of major outage in the last 30 days of 43,200 minutes (the last day ends at now, 21:00).
    expect(dns?.uptime30).toBeCloseTo(1 - 60 / (29 * 1440 + 21 * 60), 12);
    expect(snapshot.groups.map((group) => [group.id, group.status])).toEqual([
      ['net', 'major_outage'],
      ['account', 'operational'],
    ]);
    expect(snapshot.groups[0]?.uptime30).toBeCloseTo((1 + (dns?.uptime30 ?? 0)) / 2, 12);
    expect(snapshot.indicator.indicator).toBe('critical');
    expect(snapshot.worst).toBe('major_outage');
    expect(snapshot.affected.map(({ component: c }) => c.id)).toEqual(['dns']);
  });

  it('knows only the updates posted by now: an incident is open until its resolution is posted', () => {
    const open = statusSnapshot(record('2026-11-21T21:00:00Z'));
    expect(open.unresolvedIncidents.map((incident) => [incident.id, incident.posted.length])).toEqual([
      ['incident-0', 1],
    ]);
    expect(open.incidentsById.get('incident-0')?.durationMinutes).toBe(60);
    expect(open.recentIncidents).toEqual([]);
    const later = statusSnapshot(record('2026-11-22T00:00:00Z'));
    expect(later.unresolvedIncidents).toEqual([]);
    expect(later.recentIncidents.map((incident) => incident.id)).toEqual(['incident-0']);
    expect(later.incidentsById.get('incident-0')?.durationMinutes).toBe(120);
  });

  it('lists incidents newest first, and an incident still in the future neither open nor recent', () => {
    const future: Incident = {
      ...dnsDown,
      updates: dnsDown.updates.map((update) => ({ ...update, at: update.at.replace('2026-11-21', '2026-11-25') })),
    };
    const snapshot = statusSnapshot(record('2026-11-22T00:00:00Z', upgrade(), [dnsDown, future]));
    expect(snapshot.incidents.map((incident) => incident.id)).toEqual(['incident-1', 'incident-0']);
    expect(snapshot.incidentsById.get('incident-1')?.posted).toEqual([]);
    expect(snapshot.recentIncidents.map((incident) => incident.id)).toEqual(['incident-0']);
  });
});

describe('statuspageApi and the snapshot', () => {
  it('reads the statuses from the snapshot it is given, instead of working them out again', () => {
    const r = record('2026-11-22T00:00:00Z');
    const snapshot = statusSnapshot(r);
    const doctored = {
      ...snapshot,
      indicator: { indicator: 'critical' as const, description: 'Doctored' },
      groups: snapshot.groups.map((group) => ({
        ...group,
        components: group.components.map((member) => ({ ...member, status: 'major_outage' as const })),
      })),
    };
    const documents = statuspageApi(doctored);
    expect((documents['status.json'] as { status: unknown }).status).toEqual({
      indicator: 'critical',
      description: 'Doctored',
    });
    const components = (documents['components.json'] as { components: ComponentV2[] }).components;
    expect(components.find((c) => c.id === statuspageId('component', 'north'))?.status).toBe('major_outage');
  });
});
