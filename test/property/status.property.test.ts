/**
 * Property-based tests of the status functions: merged timelines never
 * overlap and keep the worst status, and uptime stays between 0 and 1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlappingWindows } from '../../src/domain/status/maintenance-windows.ts';
import { mergeSpans, statusAt, type StatusSpan } from '../../src/domain/status/timeline.ts';
import { groupUptime, uptime } from '../../src/domain/status/uptime.ts';

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
