/**
 * One day of one component in words: what happened and for how long. The
 * bars carry it as their text, and a day's page lists it per component.
 */
import { formatDuration } from '../format-date.ts';
import { statusLabel } from './status-order.ts';
import type { DayRecord } from './uptime.ts';

const worstFirst = ['major_outage', 'partial_outage', 'degraded_performance', 'under_maintenance'] as const;

/** "partial outage 2 h 5 min, degraded performance 40 min": each status the day had, worst first. */
export function dayStatuses(record: DayRecord): string[] {
  return worstFirst
    .filter((status) => record.minutes[status] > 0)
    .map((status) => `${statusLabel[status].toLowerCase()} ${formatDuration(Math.round(record.minutes[status]))}`);
}

/** The day's statuses and the downtime they count for, or "no problems". */
export function daySummary(record: DayRecord): string {
  const statuses = dayStatuses(record);
  if (statuses.length === 0) return 'no problems';
  const downtime =
    record.downtime > 0 ? `${formatDuration(Math.round(record.downtime))} counted as downtime` : 'no downtime counted';
  return `${statuses.join(', ')}; ${downtime}`;
}
