/**
 * Uptime from a component's timeline, by the rule Atlassian Statuspage and
 * Instatus publish: a minute in major outage counts as a minute down, a
 * minute in partial outage as 0.3 of one, and degraded performance and
 * maintenance not at all. A group's uptime is the mean of its components'.
 *
 * Days are the site's local days (its time zone), as customers live them;
 * a day can be 23 or 25 hours long when the clocks change.
 */
import type { ComponentStatus } from '../../schemas/component.ts';
import { addDays } from '../dates.ts';
import { remember } from '../remember.ts';
import { statusSeverity } from './status-order.ts';
import type { Span, StatusSpan } from './timeline.ts';

/** How much a minute in each status counts as downtime. */
export const downtimeWeight: Readonly<Record<ComponentStatus, number>> = {
  major_outage: 1,
  partial_outage: 0.3,
  degraded_performance: 0,
  under_maintenance: 0,
  operational: 0,
};

const msPerMinute = 60_000;

/** Minutes a timeline spends in each status within a span. */
export function minutesByStatus(
  timeline: readonly StatusSpan[],
  within: Span,
): Record<Exclude<ComponentStatus, 'operational'>, number> {
  const minutes = { major_outage: 0, partial_outage: 0, degraded_performance: 0, under_maintenance: 0 };
  for (const span of timeline) {
    const overlap = Math.min(span.end, within.end) - Math.max(span.start, within.start);
    if (overlap > 0) minutes[span.status] += overlap / msPerMinute;
  }
  return minutes;
}

/** Weighted minutes of downtime within a span. */
export function downtimeMinutes(timeline: readonly StatusSpan[], within: Span): number {
  const minutes = minutesByStatus(timeline, within);
  return minutes.major_outage * downtimeWeight.major_outage + minutes.partial_outage * downtimeWeight.partial_outage;
}

/** Uptime within a span, from 0 to 1. */
export function uptime(timeline: readonly StatusSpan[], within: Span): number {
  const total = (within.end - within.start) / msPerMinute;
  if (total <= 0) return 1;
  return Math.max(0, 1 - downtimeMinutes(timeline, within) / total);
}

/** A group's uptime: the mean of its components'. */
export function groupUptime(uptimes: readonly number[]): number {
  return uptimes.length === 0 ? 1 : uptimes.reduce((sum, value) => sum + value, 0) / uptimes.length;
}

/** One formatter per time zone. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();
const zoneFormat = (timeZone: string) =>
  remember(
    zoneFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  );

const msPerDay = 86_400_000;

/** The offset at each UTC day's start and end, by time zone and day number; equal when the day has no clock change. */
const dayOffsets = new Map<string, readonly [number, number]>();

/**
 * Offset of a time zone from UTC at a moment, in milliseconds (positive east
 * of Greenwich). Formatting a date is slow and a record asks for thousands of
 * moments, so a UTC day whose offset is the same at both ends is answered
 * from that day's first answer (no zone changes its clocks twice within a
 * day and back); a day with a change is worked out moment by moment.
 */
function zoneOffset(moment: number, timeZone: string): number {
  const day = Math.floor(moment / msPerDay);
  const key = `${timeZone} ${day}`;
  let ends = dayOffsets.get(key);
  if (ends === undefined) {
    ends = [exactZoneOffset(day * msPerDay, timeZone), exactZoneOffset((day + 1) * msPerDay - 1000, timeZone)];
    dayOffsets.set(key, ends);
  }
  return ends[0] === ends[1] ? ends[0] : exactZoneOffset(moment, timeZone);
}

/** The offset at a moment, from the time zone's own formatter (whole seconds, as the zone database gives). */
function exactZoneOffset(moment: number, timeZone: string): number {
  const parts = zoneFormat(timeZone).formatToParts(moment);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) -
    Math.floor(moment / 1000) * 1000
  );
}

/** The local calendar day of a moment in a time zone, `YYYY-MM-DD`. */
export function localDay(moment: number, timeZone: string): string {
  return new Date(moment + zoneOffset(moment, timeZone)).toISOString().slice(0, 10);
}

/**
 * The moment a local clock shows `HH:MM` on a local day in a time zone, such
 * as 14:05 in Los Angeles on 2026-11-22.
 */
export function localClockTime(day: string, clock: string, timeZone: string): number {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const utcGuess = Date.parse(`${day}T00:00:00Z`) + (hours * 60 + minutes) * 60_000;
  // Two passes, as for localDayStart: the offset can change between the guess and the answer.
  const moment = utcGuess - zoneOffset(utcGuess, timeZone);
  return utcGuess - zoneOffset(moment, timeZone);
}

/** The moment a local day starts (local midnight) in a time zone. */
export function localDayStart(day: string, timeZone: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Two passes: the offset at the guess can differ from the offset at the answer across a clock change.
  let start = utcMidnight - zoneOffset(utcMidnight, timeZone);
  start = utcMidnight - zoneOffset(start, timeZone);
  return start;
}

/** One day of a component's history, for a bar. */
export interface DayRecord {
  /** The local day, `YYYY-MM-DD`. */
  day: string;
  span: Span;
  minutes: Record<Exclude<ComponentStatus, 'operational'>, number>;
  downtime: number;
  /** The worst status the component had that day. */
  worst: ComponentStatus;
}

/**
 * The last `days` local days, oldest first, ending with today (which ends at
 * `now`): the span each covers, for bars and for uptime windows.
 */
export function recentDays(days: number, now: Date, timeZone: string): Array<{ day: string; span: Span }> {
  const today = localDay(now.getTime(), timeZone);
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i - days + 1);
    const start = localDayStart(day, timeZone);
    const end = i === days - 1 ? now.getTime() : localDayStart(addDays(day, 1), timeZone);
    return { day, span: { start, end } };
  });
}

/** A component's record for each of the given days. */
export function dayRecords(
  timeline: readonly StatusSpan[],
  days: ReadonlyArray<{ day: string; span: Span }>,
): DayRecord[] {
  return days.map(({ day, span }) => {
    const minutes = minutesByStatus(timeline, span);
    const worst =
      [...statusSeverity].reverse().find((status) => status !== 'operational' && minutes[status] > 0) ?? 'operational';
    return { day, span, minutes, downtime: downtimeMinutes(timeline, span), worst };
  });
}

/**
 * Uptime over the last `count` of the given days (oldest first), counted
 * from the component's first day of service when that is later.
 */
export function uptimeOverDays(
  timeline: readonly StatusSpan[],
  days: ReadonlyArray<{ span: Span }>,
  count: number,
  since: number,
): number {
  const window = days.slice(-count);
  const first = window[0];
  const last = window.at(-1);
  if (first === undefined || last === undefined) return 1;
  return uptime(timeline, { start: Math.max(first.span.start, since), end: last.span.end });
}

/**
 * Uptime over the local days `from` to `to` (both included, `YYYY-MM-DD`),
 * up to `now` when the period has not ended, and from the component's first
 * day of service (`since`) when that is later: what `<Uptime>` shows.
 */
export function uptimeOverPeriod(
  timeline: readonly StatusSpan[],
  period: { from: string; to: string },
  timeZone: string,
  now: number,
  since: number,
): number {
  const start = Math.max(localDayStart(period.from, timeZone), since);
  const end = Math.min(localDayStart(addDays(period.to, 1), timeZone), now);
  return uptime(timeline, { start, end });
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** An uptime as the site shows it: a percentage with two decimals, rounded down so that any downtime shows. */
export function formatUptime(value: number, locale: string): string {
  const format = remember(
    percentFormats,
    locale,
    () => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );
  return format.format(Math.floor(value * 10_000) / 10_000);
}
