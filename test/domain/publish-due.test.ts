import { describe, expect, it } from 'vitest';
import { publishDue, type PublishReason } from '../../src/domain/status/publish-due.ts';
import { statusSnapshot } from '../../src/domain/status/status-snapshot.ts';
import type { StoredComponent } from '../../src/schemas/component.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import type { Maintenance } from '../../src/schemas/maintenance.ts';
import { upgrade } from '../helpers/status-fixtures.ts';

const portal: StoredComponent = {
  id: 'portal',
  name: 'Portal',
  description: 'The online account.',
  since: '2025-01-01',
  group: { id: 'account', name: 'Account' },
  order: 0,
};

/** The portal down from 20:00 UTC on 21 November, resolved at `resolvedAt` when given. */
const portalDown = (resolvedAt?: string): Incident => ({
  title: 'Portal down',
  impact: 'major',
  updates: [
    {
      at: '2026-11-21T20:00:00.000Z',
      status: 'investigating',
      message: 'Looking.',
      components: [{ id: 'portal', status: 'major_outage' }],
    },
    ...(resolvedAt === undefined
      ? []
      : [{ at: resolvedAt, status: 'resolved' as const, message: 'Back.', components: [] }]),
  ],
});

/** The decision at `now` for a job that runs every five minutes, in Los Angeles unless said. */
function decide(
  now: string,
  { incidents = [], maintenances = [], timeZone = 'America/Los_Angeles', interval = 5 } = {} as {
    incidents?: Incident[];
    maintenances?: Maintenance[];
    timeZone?: string;
    interval?: number;
  },
) {
  const snapshot = statusSnapshot({
    site: { name: 'Harbor', url: 'https://example.test', timeZone },
    components: [portal],
    incidents: incidents.map((data, i) => ({ id: `incident-${i}`, data, hasPostmortem: false })),
    maintenances: maintenances.map((data, i) => ({ id: `maintenance-${i}`, data })),
    now: new Date(now),
  });
  return publishDue(snapshot, interval);
}

describe('publishDue', () => {
  it('is due while an incident is open, and names it', () => {
    const decision = decide('2026-11-22T03:17:00Z', { incidents: [portalDown()] });
    expect(decision).toEqual({ due: true, reason: 'open-incident', message: 'incident "incident-0" is open.' });
  });

  it('is due in the run that sees an incident resolved, and not in the one after', () => {
    const incidents = [portalDown('2026-11-21T22:02:00.000Z')];
    expect(decide('2026-11-21T22:00:00Z', { incidents }).reason).toBe('open-incident');
    expect(decide('2026-11-21T22:05:00Z', { incidents }).reason).toBe('recent-update');
    expect(decide('2026-11-21T22:10:00Z', { incidents })).toMatchObject({ due: false, reason: 'quiet' });
  });

  it('is due while a maintenance is in progress by the clock, or verifying after its window', () => {
    expect(decide('2026-12-02T11:00:00Z', { maintenances: [upgrade()] })).toEqual({
      due: true,
      reason: 'active-maintenance',
      message: 'maintenance "maintenance-0" is in progress.',
    });
    const verifying = upgrade(['2026-12-02T11:50:00.000Z', 'verifying']);
    expect(decide('2026-12-02T13:30:00Z', { maintenances: [verifying] })).toMatchObject({
      reason: 'active-maintenance',
      message: 'maintenance "maintenance-0" is verifying.',
    });
  });

  it.each<[string, PublishReason | 'not due']>([
    ['2026-12-02T09:54:59Z', 'not due'],
    ['2026-12-02T09:55:00Z', 'maintenance-window'],
    ['2026-12-02T09:58:00Z', 'maintenance-window'],
    ['2026-12-02T10:00:00Z', 'active-maintenance'],
    ['2026-12-02T11:55:00Z', 'active-maintenance'],
    ['2026-12-02T12:00:00Z', 'maintenance-window'],
    ['2026-12-02T12:04:59Z', 'maintenance-window'],
    ['2026-12-02T12:05:00Z', 'not due'],
  ])('at %s, around a window from 10:00 to 12:00: %s', (now, expected) => {
    const decision = decide(now, { maintenances: [upgrade()] });
    expect(decision.due ? decision.reason : 'not due').toBe(expected);
  });

  it('says which end of the window is near', () => {
    expect(decide('2026-12-02T09:57:00Z', { maintenances: [upgrade()] }).message).toBe(
      'maintenance "maintenance-0" is scheduled to start at 2026-12-02T10:00:00.000Z.',
    );
    expect(decide('2026-12-02T12:03:00Z', { maintenances: [upgrade()] }).message).toBe(
      'maintenance "maintenance-0" is scheduled to end at 2026-12-02T12:00:00.000Z.',
    );
  });

  it('publishes an end moved earlier by an update, and the announcement of a new window', () => {
    const done = upgrade(['2026-12-02T10:00:00.000Z', 'in_progress'], ['2026-12-02T11:20:00.000Z', 'completed']);
    expect(decide('2026-12-02T11:24:00Z', { maintenances: [done] }).reason).toBe('recent-update');
    expect(decide('2026-12-02T11:30:00Z', { maintenances: [done] }).due).toBe(false);
    expect(decide('2026-11-18T17:03:00Z', { maintenances: [upgrade()] }).reason).toBe('recent-update');
  });

  it('takes the interval it is given', () => {
    expect(decide('2026-12-02T09:45:00Z', { maintenances: [upgrade()] }).due).toBe(false);
    expect(decide('2026-12-02T09:45:00Z', { maintenances: [upgrade()], interval: 15 }).reason).toBe(
      'maintenance-window',
    );
  });

  it('is due once a day, in the first interval after local midnight in the site time zone', () => {
    // Midnight in Los Angeles on 23 November (PST, UTC-8) is 08:00 UTC.
    expect(decide('2026-11-23T07:59:59Z')).toMatchObject({ due: false, reason: 'quiet' });
    expect(decide('2026-11-23T08:00:00Z')).toEqual({
      due: true,
      reason: 'daily',
      message: 'the daily publish: a new day began at midnight in America/Los_Angeles.',
    });
    expect(decide('2026-11-23T08:04:59Z').reason).toBe('daily');
    expect(decide('2026-11-23T08:05:00Z').due).toBe(false);
    expect(decide('2026-11-23T00:02:00Z', { timeZone: 'UTC' }).reason).toBe('daily');
    // Summer time: midnight in Los Angeles on 1 July (PDT, UTC-7) is 07:00 UTC.
    expect(decide('2026-07-01T07:01:00Z').reason).toBe('daily');
    expect(decide('2026-07-01T08:01:00Z').due).toBe(false);
  });

  it('is not due when nothing is open or near, and says when the daily publish is', () => {
    const decision = decide('2026-11-22T03:17:00Z', {
      incidents: [portalDown('2026-11-21T22:00:00.000Z')],
      maintenances: [upgrade()],
    });
    expect(decision).toEqual({
      due: false,
      reason: 'quiet',
      message:
        'nothing is open, and nothing starts, ends or is updated within 5 minutes; ' +
        'the daily publish is after 2026-11-22T08:00:00.000Z.',
    });
  });

  it('names an open incident before anything else', () => {
    const decision = decide('2026-12-02T08:01:00Z', {
      incidents: [portalDown()],
      maintenances: [upgrade()],
      timeZone: 'UTC',
    });
    expect(decision.reason).toBe('open-incident');
  });

  it('refuses an interval that is not a positive number of minutes', () => {
    for (const interval of [0, -5, Number.NaN])
      expect(() => decide('2026-11-22T03:17:00Z', { interval })).toThrow(/positive number of minutes/);
  });
});
