import { describe, expect, it } from 'vitest';
import { componentTimelines, statusAt } from '../../src/domain/status/timeline.ts';
import {
  dayRecords,
  downtimeMinutes,
  groupUptime,
  localDay,
  localDayStart,
  recentDays,
  uptime,
} from '../../src/domain/status/uptime.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import type { Maintenance } from '../../src/schemas/maintenance.ts';

const update = (
  at: string,
  status: Incident['updates'][number]['status'],
  components: Array<[string, Incident['updates'][number]['components'][number]['status']]>,
) => ({
  at,
  status,
  message: 'm',
  components: components.map(([id, s]) => ({ id, status: s })),
});
const t = (iso: string) => Date.parse(iso);
const now = new Date('2026-11-22T00:00:00Z');

describe('componentTimelines', () => {
  it('follows an incident across midnight, and ends it at its resolution', () => {
    // Major outage 23:00–01:00 UTC, then partial outage 01:00–02:30, resolved at 02:30.
    const incident = {
      updates: [
        update('2026-10-09T23:00:00Z', 'investigating', [['south', 'major_outage']]),
        update('2026-10-10T01:00:00Z', 'monitoring', [['south', 'partial_outage']]),
        update('2026-10-10T02:30:00Z', 'resolved', []),
      ],
    };
    const timeline = componentTimelines(['south'], [incident], [], now).get('south');
    expect(timeline).toEqual([
      { start: t('2026-10-09T23:00:00Z'), end: t('2026-10-10T01:00:00Z'), status: 'major_outage' },
      { start: t('2026-10-10T01:00:00Z'), end: t('2026-10-10T02:30:00Z'), status: 'partial_outage' },
    ]);
    // UTC days: 9 October has 60 minutes down; 10 October 60 + 0.3 × 90 = 87.
    expect(downtimeMinutes(timeline ?? [], { start: t('2026-10-09T00:00:00Z'), end: t('2026-10-10T00:00:00Z') })).toBe(
      60,
    );
    expect(
      downtimeMinutes(timeline ?? [], { start: t('2026-10-10T00:00:00Z'), end: t('2026-10-11T00:00:00Z') }),
    ).toBeCloseTo(87, 10);
  });

  it('keeps the worst status where two incidents overlap on one component, counting each minute once', () => {
    // A: partial 10:00–12:00. B: major 11:00–11:30. Worst: partial 60, major 30, partial 30.
    const a = {
      updates: [
        update('2026-11-01T10:00:00Z', 'investigating', [['dns', 'partial_outage']]),
        update('2026-11-01T12:00:00Z', 'resolved', [['dns', 'operational']]),
      ],
    };
    const b = {
      updates: [
        update('2026-11-01T11:00:00Z', 'investigating', [['dns', 'major_outage']]),
        update('2026-11-01T11:30:00Z', 'resolved', []),
      ],
    };
    const timeline = componentTimelines(['dns'], [a, b], [], now).get('dns') ?? [];
    expect(timeline.map((span) => span.status)).toEqual(['partial_outage', 'major_outage', 'partial_outage']);
    // 0.3 × 90 + 30 = 57 minutes, not 0.3 × 120 + 30.
    const day = { start: t('2026-11-01T00:00:00Z'), end: t('2026-11-02T00:00:00Z') };
    expect(downtimeMinutes(timeline, day)).toBeCloseTo(57, 10);
    expect(uptime(timeline, day)).toBeCloseTo(1 - 57 / 1440, 12);
  });

  it('puts components under maintenance while work is under way, which costs no uptime', () => {
    // In progress from the scheduled start by the clock, as Statuspage moves it, although the update came at 08:05;
    // the page said "in progress" at 08:02, and the history says what the page said then.
    const maintenance: Maintenance = {
      title: 'Upgrade',
      components: ['south'],
      scheduledStart: '2026-10-21T08:00:00Z',
      scheduledEnd: '2026-10-21T10:00:00Z',
      updates: [
        { at: '2026-10-07T17:00:00Z', status: 'scheduled', message: 'm' },
        { at: '2026-10-21T08:05:00Z', status: 'in_progress', message: 'm' },
        { at: '2026-10-21T09:10:00Z', status: 'completed', message: 'm' },
      ],
    };
    const timeline = componentTimelines(['south'], [], [maintenance], now).get('south') ?? [];
    expect(timeline).toEqual([
      { start: t('2026-10-21T08:00:00Z'), end: t('2026-10-21T09:10:00Z'), status: 'under_maintenance' },
    ]);
    expect(uptime(timeline, { start: t('2026-10-21T00:00:00Z'), end: t('2026-10-22T00:00:00Z') })).toBe(1);
    // Not yet started at the time of the announcement.
    expect(componentTimelines(['south'], [], [maintenance], new Date('2026-10-10T00:00:00Z')).get('south')).toEqual([]);
  });

  it('ignores updates posted after now, and keeps an open incident going', () => {
    const incident = {
      updates: [
        update('2026-11-21T22:00:00Z', 'investigating', [['portal', 'degraded_performance']]),
        update('2026-11-22T03:00:00Z', 'resolved', []),
      ],
    };
    const timeline = componentTimelines(['portal'], [incident], [], now).get('portal') ?? [];
    expect(timeline).toEqual([
      { start: t('2026-11-21T22:00:00Z'), end: Number.POSITIVE_INFINITY, status: 'degraded_performance' },
    ]);
    expect(statusAt(timeline, now.getTime())).toBe('degraded_performance');
  });
});

describe('uptime', () => {
  it('averages a group from its components', () => {
    expect(groupUptime([1, 0.99, 0.97])).toBeCloseTo(0.9866666, 6);
    expect(groupUptime([])).toBe(1);
  });
});

describe('local days', () => {
  it('starts each day at local midnight, 25 hours long when the clocks go back', () => {
    const zone = 'America/Los_Angeles';
    expect(new Date(localDayStart('2026-07-01', zone)).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(new Date(localDayStart('2026-12-01', zone)).toISOString()).toBe('2026-12-01T08:00:00.000Z');
    // US clocks go back on 1 November 2026.
    expect((localDayStart('2026-11-02', zone) - localDayStart('2026-11-01', zone)) / 3_600_000).toBe(25);
    expect(localDay(t('2026-11-22T07:59:00Z'), zone)).toBe('2026-11-21');
  });

  it('gives 90 days ending today at now, and a record per day with its worst status', () => {
    const days = recentDays(90, now, 'America/Los_Angeles');
    expect(days).toHaveLength(90);
    expect(days.at(-1)?.day).toBe('2026-11-21');
    expect(days.at(-1)?.span.end).toBe(now.getTime());
    expect(days[0]?.day).toBe('2026-08-24');
    const incident = {
      updates: [
        update('2026-11-20T20:00:00Z', 'investigating', [['dns', 'partial_outage']]),
        update('2026-11-20T21:00:00Z', 'resolved', []),
      ],
    };
    const records = dayRecords(componentTimelines(['dns'], [incident], [], now).get('dns') ?? [], days);
    const day = records.find((record) => record.day === '2026-11-20');
    expect(day).toMatchObject({ worst: 'partial_outage', minutes: { partial_outage: 60 } });
    expect(day?.downtime).toBeCloseTo(18, 10);
    expect(records.filter((record) => record.worst !== 'operational')).toHaveLength(1);
  });
});

describe('localDay', () => {
  // Zones whose clocks change on the hour, on the half hour (St John's, Lord Howe by 30 minutes) and at :45 (Chatham).
  const zones = ['America/Los_Angeles', 'Europe/London', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham'];
  const days = new Map(
    zones.map((timeZone) => [
      timeZone,
      new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
    ]),
  );
  const dayIn = (moment: number, timeZone: string) => days.get(timeZone)!.format(moment);

  it('gives the local day of every moment, every 13 minutes through a year of clock changes', () => {
    for (const timeZone of zones) {
      const wrong: string[] = [];
      for (
        let moment = Date.parse('2026-01-01T00:00:00Z');
        moment < Date.parse('2027-01-01T00:00:00Z');
        moment += 13 * 60_000
      ) {
        if (localDay(moment, timeZone) !== dayIn(moment, timeZone)) wrong.push(new Date(moment).toISOString());
      }
      expect(wrong, timeZone).toEqual([]);
    }
  });
});
