/**
 * Property-based tests of the status functions: merged timelines never
 * overlap and keep the worst status, uptime stays between 0 and 1, a
 * maintenance's timeline says what its status said at every moment, and the
 * status page and the API agree on every record.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnderWay, maintenanceCourse, maintenanceStatusAt } from '../../src/domain/status/maintenance-status.ts';
import { overlappingWindows } from '../../src/domain/status/maintenance-windows.ts';
import { statusSnapshot } from '../../src/domain/status/status-snapshot.ts';
import { statuspageApi } from '../../src/domain/status/statuspage.ts';
import { componentTimelines, mergeSpans, statusAt, type StatusSpan } from '../../src/domain/status/timeline.ts';
import { groupUptime, uptime } from '../../src/domain/status/uptime.ts';
import type { ComponentV2, ScheduledMaintenanceV2 } from '../../src/schemas/statuspage-v2.ts';
import type { Maintenance } from '../../src/schemas/maintenance.ts';

const status = fc.constantFrom(
  'major_outage' as const,
  'partial_outage' as const,
  'degraded_performance' as const,
  'under_maintenance' as const,
);
const span = fc
  .record({ start: fc.integer({ min: 0, max: 10_000_000 }), length: fc.integer({ min: 1, max: 5_000_000 }), status })
  .map(({ start, length, status: s }): StatusSpan => ({ start, end: start + length, status: s }));
const spans = fc.array(span, { maxLength: 30 });
const within = fc
  .record({ start: fc.integer({ min: -1_000_000, max: 10_000_000 }), length: fc.integer({ min: 0, max: 20_000_000 }) })
  .map(({ start, length }) => ({ start, end: start + length }));

describe('status invariants for any record', () => {
  it('merged spans are in order, never overlap, and show the worst status at every moment', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: 0, max: 15_000_000 }), (raw, moment) => {
        const merged = mergeSpans(raw);
        merged.forEach((s, i) => {
          expect(s.end).toBeGreaterThan(s.start);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(merged[i - 1]!.end);
        });
        const order = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'];
        const worst = raw
          .filter((s) => s.start <= moment && moment < s.end)
          .reduce((w, s) => (order.indexOf(s.status) > order.indexOf(w) ? s.status : w), 'operational' as string);
        expect(statusAt(merged, moment)).toBe(worst);
      }),
      { numRuns: 500 },
    );
  });
  it('merge exactly as the definition does, for open-ended, touching and empty spans too', () => {
    // The definition, quadratic: between every two boundaries, the worst span covering both.
    const order = [
      'operational',
      'under_maintenance',
      'degraded_performance',
      'partial_outage',
      'major_outage',
    ] as const;
    const byDefinition = (raw: readonly StatusSpan[]): StatusSpan[] => {
      const bounds = [...new Set(raw.flatMap((s) => [s.start, s.end]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const merged: StatusSpan[] = [];
      for (let i = 0; i + 1 < bounds.length; i += 1) {
        const [start, end] = [bounds[i]!, bounds[i + 1]!];
        const worst = raw
          .filter((s) => s.start <= start && s.end >= end)
          .reduce<number>((w, s) => Math.max(w, order.indexOf(s.status)), 0);
        if (worst === 0) continue;
        const last = merged.at(-1);
        if (last !== undefined && last.end === start && last.status === order[worst]) last.end = end;
        else merged.push({ start, end, status: order[worst] as StatusSpan['status'] });
      }
      return merged;
    };
    const edgy = fc
      .record({
        start: fc.integer({ min: 0, max: 20 }),
        length: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(Number.POSITIVE_INFINITY)),
        status,
      })
      .map(({ start, length, status: s }): StatusSpan => ({ start, end: start + length, status: s }));
    fc.assert(
      fc.property(fc.array(fc.oneof(span, edgy), { maxLength: 40 }), (raw) => {
        expect(mergeSpans(raw)).toEqual(byDefinition(raw));
      }),
      { numRuns: 2_000, seed: 5 },
    );
  });
  it('uptime is between 0 and 1, and 1 when nothing went down', () => {
    fc.assert(
      fc.property(spans, within, (raw, w) => {
        const value = uptime(mergeSpans(raw), w);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        const calm = raw.filter((s) => s.status === 'degraded_performance' || s.status === 'under_maintenance');
        expect(uptime(mergeSpans(calm), w)).toBe(1);
        expect(groupUptime([value, uptime([], w)])).toBeGreaterThanOrEqual(value);
      }),
      { numRuns: 500 },
    );
  });
  it('finds every pair of overlapping maintenance windows, and no other', () => {
    const windowArb = fc.record({
      components: fc.subarray(['dns', 'portal', 'phone'], { minLength: 1 }),
      start: fc.integer({ min: 0, max: 100 }),
      length: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(windowArb, { maxLength: 12 }), (raw) => {
        const iso = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
        const windows = raw.map((w) => ({
          components: w.components,
          scheduledStart: iso(w.start),
          scheduledEnd: iso(w.start + w.length),
        }));
        const found = overlappingWindows(windows);
        // Every reported pair overlaps on the component named.
        for (const [a, b, component] of found) {
          const x = raw[a]!;
          const y = raw[b]!;
          expect(x.components.includes(component) && y.components.includes(component)).toBe(true);
          expect(x.start < y.start + y.length && y.start < x.start + x.length).toBe(true);
        }
        // Every overlapping window is reported at least once, against some window.
        raw.forEach((x, i) => {
          const overlapsEarlier = raw.some(
            (y, j) =>
              j !== i &&
              (y.start < x.start || (y.start === x.start && j < i)) &&
              x.start < y.start + y.length &&
              x.components.some((c) => y.components.includes(c)),
          );
          if (overlapsEarlier) expect(found.some(([a]) => a === i)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});

/** Minutes after midnight UTC on 2 December 2026, as a moment and as an ISO string. */
const base = Date.UTC(2026, 11, 2);
const moment = (minute: number) => base + minute * 60_000;
const iso = (minute: number) => new Date(moment(minute)).toISOString();
const maintenanceStatus = fc.constantFrom(
  'scheduled' as const,
  'in_progress' as const,
  'verifying' as const,
  'completed' as const,
);
/** A maintenance on some of three components, its window somewhere in the day, with one to six updates in order. */
const maintenanceArb = fc
  .record({
    components: fc.subarray(['dns', 'portal', 'phone'], { minLength: 1 }),
    start: fc.integer({ min: 60, max: 600 }),
    length: fc.integer({ min: 0, max: 240 }),
    updates: fc.array(fc.record({ minute: fc.integer({ min: 0, max: 1_000 }), status: maintenanceStatus }), {
      minLength: 1,
      maxLength: 6,
    }),
  })
  .map((m): Maintenance => ({
    title: 'Work',
    components: m.components,
    scheduledStart: iso(m.start),
    scheduledEnd: iso(m.start + m.length),
    updates: [...m.updates]
      .sort((a, b) => a.minute - b.minute)
      .map((update) => ({ at: iso(update.minute), status: update.status, message: 'm' })),
  }));

describe('maintenance status for any maintenance', () => {
  it('its timeline says under maintenance at exactly the moments its status said active', () => {
    fc.assert(
      fc.property(maintenanceArb, fc.integer({ min: 0, max: 1_100 }), (maintenance, nowMinute) => {
        const now = new Date(moment(nowMinute));
        const timeline = componentTimelines(maintenance.components, [], [maintenance], now).get(
          maintenance.components[0]!,
        )!;
        // Every minute up to now, and every event's own moment, where the answers change.
        const minutes = [
          ...Array.from({ length: nowMinute + 1 }, (_, minute) => minute).filter((minute) => minute % 7 === 0),
          ...maintenance.updates.map((update) => (Date.parse(update.at) - base) / 60_000),
          (Date.parse(maintenance.scheduledStart) - base) / 60_000,
          (Date.parse(maintenance.scheduledEnd) - base) / 60_000,
          nowMinute,
        ].filter((minute) => minute <= nowMinute);
        for (const minute of minutes) {
          const active = isUnderWay(maintenanceStatusAt(maintenance, new Date(moment(minute))));
          expect(statusAt(timeline, moment(minute)) === 'under_maintenance', `minute ${minute}`).toBe(active);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the clock never ends verifying, and completes nothing else early', () => {
    fc.assert(
      fc.property(maintenanceArb, fc.integer({ min: 0, max: 1_000 }), (maintenance, minute) => {
        const then = maintenanceStatusAt(maintenance, new Date(moment(minute)));
        const nextUpdate = maintenance.updates.find((update) => Date.parse(update.at) > moment(minute));
        const later = nextUpdate ? Date.parse(nextUpdate.at) - 1 : moment(2_000);
        const after = maintenanceStatusAt(maintenance, new Date(later));
        if (then === 'verifying') expect(after).toBe('verifying');
        if (then === 'completed') expect(after).toBe('completed');
        const course = maintenanceCourse(maintenance, new Date(later));
        expect(course.completedAt !== undefined).toBe(course.status === 'completed');
        course.underWay.forEach((span, i) => {
          expect(span.end).toBeGreaterThan(span.start);
          if (i > 0) expect(span.start).toBeGreaterThanOrEqual(course.underWay[i - 1]!.end);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the status page and the API agree on every component and every active and upcoming maintenance', () => {
    const components = ['dns', 'portal', 'phone'].map((id, order) => ({
      id,
      name: id,
      description: 'd',
      since: '2026-01-01',
      group: { id: order < 2 ? 'a' : 'b', name: order < 2 ? 'A' : 'B' },
      order,
    }));
    fc.assert(
      fc.property(fc.array(maintenanceArb, { maxLength: 4 }), fc.integer({ min: 0, max: 1_100 }), (list, nowMinute) => {
        const record = {
          site: { name: 'Harbor', url: 'https://example.test', timeZone: 'UTC' },
          components,
          incidents: [],
          maintenances: list.map((data, i) => ({ id: `m${i}`, data: { ...data, title: `m${i}` } })),
          now: new Date(moment(nowMinute)),
        };
        const snapshot = statusSnapshot(record);
        const documents = statuspageApi(snapshot);
        const names = (path: 'scheduled-maintenances/active.json' | 'scheduled-maintenances/upcoming.json') =>
          (documents[path] as { scheduled_maintenances: ScheduledMaintenanceV2[] }).scheduled_maintenances
            .map((m) => m.name)
            .sort();
        expect(names('scheduled-maintenances/active.json')).toEqual(
          snapshot.activeMaintenances.map((m) => m.id).sort(),
        );
        expect(names('scheduled-maintenances/upcoming.json')).toEqual(
          snapshot.upcomingMaintenances.map((m) => m.id).sort(),
        );
        const api = (documents['components.json'] as { components: ComponentV2[] }).components.filter((c) => !c.group);
        expect(api.map((c) => [c.name, c.status])).toEqual(
          snapshot.components.map(({ component, status }) => [component.id, status]),
        );
        // Under maintenance exactly while a maintenance naming the component is active.
        for (const { component, status } of snapshot.components) {
          const working = snapshot.activeMaintenances.some((m) => m.data.components.includes(component.id));
          expect(status === 'under_maintenance').toBe(working);
        }
      }),
      { numRuns: 300 },
    );
  });
});
