import { describe, expect, it } from 'vitest';
import {
  affectedComponents,
  incidentDurationMinutes,
  isIncidentActive,
  pageIndicator,
} from '../../src/domain/status/component-status.ts';
import { statusSnapshot } from '../../src/domain/status/status-snapshot.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import type { Maintenance } from '../../src/schemas/maintenance.ts';

const incident: Incident = {
  title: 'Cable cut',
  impact: 'major',
  updates: [
    {
      at: '2026-08-27T16:00:00.000Z',
      status: 'investigating',
      message: 'm',
      components: [{ id: 'north', status: 'major_outage' }],
    },
    {
      at: '2026-08-27T18:00:00.000Z',
      status: 'monitoring',
      message: 'm',
      components: [
        { id: 'north', status: 'degraded_performance' },
        { id: 'dns', status: 'degraded_performance' },
      ],
    },
    {
      at: '2026-08-27T19:30:00.000Z',
      status: 'resolved',
      message: 'm',
      components: [{ id: 'north', status: 'operational' }],
    },
  ],
};
const maintenance: Maintenance = {
  title: 'Upgrade',
  components: ['portal'],
  scheduledStart: '2026-12-02T10:00:00.000Z',
  scheduledEnd: '2026-12-02T12:00:00.000Z',
  updates: [{ at: '2026-11-18T17:00:00.000Z', status: 'scheduled', message: 'm' }],
};
const ids = ['north', 'dns', 'portal'];
const at = (iso: string) => new Date(iso);

/** Each component's status at `now`, as the status snapshot gives it. */
function componentStatusesAt(
  componentIds: readonly string[],
  incidents: readonly Incident[],
  maintenances: readonly Maintenance[],
  now: Date,
): Map<string, string> {
  const snapshot = statusSnapshot({
    site: { name: 'Harbor', url: 'https://example.test', timeZone: 'UTC' },
    components: componentIds.map((id, order) => ({
      id,
      name: id,
      description: 'd',
      since: '2024-01-01',
      group: { id: 'g', name: 'G' },
      order,
    })),
    incidents: incidents.map((data, i) => ({ id: `i${i}`, data, hasPostmortem: false })),
    maintenances: maintenances.map((data, i) => ({ id: `m${i}`, data })),
    now,
  });
  return new Map(snapshot.components.map(({ component, status }) => [component.id, status]));
}

describe('component statuses in the snapshot', () => {
  it('is operational everywhere before the incident starts', () => {
    expect([...componentStatusesAt(ids, [incident], [maintenance], at('2026-08-27T15:59:00Z')).values()]).toEqual([
      'operational',
      'operational',
      'operational',
    ]);
  });
  it('takes each component’s latest status while the incident is open', () => {
    expect(componentStatusesAt(ids, [incident], [], at('2026-08-27T17:00:00Z')).get('north')).toBe('major_outage');
    const later = componentStatusesAt(ids, [incident], [], at('2026-08-27T18:30:00Z'));
    expect(later.get('north')).toBe('degraded_performance');
    expect(later.get('dns')).toBe('degraded_performance');
  });
  it('returns every component to operational once the incident is resolved', () => {
    const after = componentStatusesAt(ids, [incident], [], at('2026-08-28T00:00:00Z'));
    expect(after.get('north')).toBe('operational');
    expect(after.get('dns')).toBe('operational');
  });
  it('marks components under maintenance only inside the window', () => {
    expect(componentStatusesAt(ids, [], [maintenance], at('2026-12-02T11:00:00Z')).get('portal')).toBe(
      'under_maintenance',
    );
    expect(componentStatusesAt(ids, [], [maintenance], at('2026-12-02T12:00:00Z')).get('portal')).toBe('operational');
  });
  it('lets the worse status win when an incident and maintenance overlap', () => {
    const outage: Incident = {
      ...incident,
      updates: [
        {
          at: '2026-12-02T10:30:00.000Z',
          status: 'investigating',
          message: 'm',
          components: [{ id: 'portal', status: 'partial_outage' }],
        },
      ],
    };
    expect(componentStatusesAt(ids, [outage], [maintenance], at('2026-12-02T11:00:00Z')).get('portal')).toBe(
      'partial_outage',
    );
  });
});

describe('pageIndicator', () => {
  it('derives the headline from the worst component', () => {
    expect(pageIndicator(['operational', 'operational']).indicator).toBe('none');
    expect(pageIndicator(['operational', 'under_maintenance']).indicator).toBe('maintenance');
    expect(pageIndicator(['degraded_performance', 'under_maintenance']).indicator).toBe('minor');
    expect(pageIndicator(['partial_outage', 'degraded_performance']).indicator).toBe('major');
    expect(pageIndicator(['partial_outage', 'major_outage']).indicator).toBe('critical');
    expect(pageIndicator([]).description).toBe('All systems operational');
  });
});

describe('incident facts', () => {
  it('knows when an incident is open', () => {
    expect(isIncidentActive(incident, at('2026-08-27T17:00:00Z'))).toBe(true);
    expect(isIncidentActive(incident, at('2026-08-27T19:30:00Z'))).toBe(false);
    expect(isIncidentActive(incident, at('2026-08-01T00:00:00Z'))).toBe(false);
  });
  it('measures duration from first update to resolution, or to now', () => {
    expect(incidentDurationMinutes(incident, at('2030-01-01T00:00:00Z'))).toBe(210);
    const open = { updates: incident.updates.slice(0, 1) };
    expect(incidentDurationMinutes(open, at('2026-08-27T16:45:00Z'))).toBe(45);
  });
  it('lists affected components in first-named order', () => {
    expect(affectedComponents(incident)).toEqual(['north', 'dns']);
  });
  it('does not know a resolution posted after now: the incident is open and its duration runs to now', () => {
    const at1800 = at('2026-08-27T18:00:00Z');
    expect(isIncidentActive(incident, at1800)).toBe(true);
    expect(incidentDurationMinutes(incident, at1800)).toBe(120);
  });
});
