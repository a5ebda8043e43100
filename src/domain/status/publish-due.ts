/**
 * Whether a scheduled job should publish the status now. The site is static:
 * its status pages, /api/v2/ and feeds say what was true when they were
 * built, so states that change with the clock (a maintenance window opening
 * or closing, an incident's duration, the day's bar) only show once someone
 * builds again. GitHub's cron cannot change its own interval, so the job
 * runs every `intervalMinutes` and asks this function; it publishes while
 * anything is under way or about to change, and once a day otherwise.
 */
import type { StatusSnapshot } from './status-snapshot.ts';
import { localDay, localDayStart } from './uptime.ts';
import { addDays } from '../dates.ts';

/** Why a publish is, or is not, due: the first of these that holds, in this order. */
export type PublishReason =
  /** An incident has started and is not resolved. */
  | 'open-incident'
  /** A maintenance is in progress or being verified. */
  | 'active-maintenance'
  /** An update of an incident or maintenance is dated within an interval of now, before or after. */
  | 'recent-update'
  /** A maintenance window starts or ends within an interval of now, before or after. */
  | 'maintenance-window'
  /** The first run of the local day: the bars move to a new day and uptime is counted again. */
  | 'daily'
  /** None of the above: the published pages are still right. */
  | 'quiet';

export interface PublishDecision {
  due: boolean;
  reason: PublishReason;
  /** The reason in one sentence, naming the incident or maintenance, for the job's log. */
  message: string;
}

/**
 * Whether to publish at `snapshot.now`, for a job that runs every
 * `intervalMinutes`. An event counts when it lies within one interval of now
 * on either side: the run before it publishes the page whose script and
 * `updated_at` see it coming, the run after it publishes the changed state;
 * with runs exactly one interval apart, each event is published by two runs
 * and missed by none. The daily publish is the run in the first interval
 * after local midnight in the site's time zone, when the day's bar and the
 * 30- and 90-day uptime move on.
 */
export function publishDue(snapshot: StatusSnapshot, intervalMinutes: number): PublishDecision {
  if (!Number.isFinite(intervalMinutes) || intervalMinutes <= 0)
    throw new RangeError(`The publish interval must be a positive number of minutes, not ${intervalMinutes}.`);
  const now = snapshot.now.getTime();
  const interval = intervalMinutes * 60_000;
  const near = (iso: string) => {
    const at = Date.parse(iso);
    return at > now - interval && at <= now + interval;
  };
  const due = (reason: PublishReason, message: string): PublishDecision => ({ due: true, reason, message });

  const open = snapshot.unresolvedIncidents[0];
  if (open !== undefined) return due('open-incident', `incident "${open.id}" is open.`);

  const active = snapshot.activeMaintenances[0];
  if (active !== undefined)
    return due('active-maintenance', `maintenance "${active.id}" is ${active.status.replace('_', ' ')}.`);

  for (const { id, data } of [...snapshot.incidents, ...snapshot.maintenances]) {
    const update = data.updates.find((u) => near(u.at));
    if (update !== undefined) return due('recent-update', `"${id}" has an update dated ${update.at}.`);
  }

  for (const { id, data } of snapshot.maintenances) {
    if (near(data.scheduledStart))
      return due('maintenance-window', `maintenance "${id}" is scheduled to start at ${data.scheduledStart}.`);
    if (near(data.scheduledEnd))
      return due('maintenance-window', `maintenance "${id}" is scheduled to end at ${data.scheduledEnd}.`);
  }

  const { timeZone } = snapshot.site;
  const today = localDay(now, timeZone);
  if (now - localDayStart(today, timeZone) < interval)
    return due('daily', `the daily publish: a new day began at midnight in ${timeZone}.`);

  const tomorrow = new Date(localDayStart(addDays(today, 1), timeZone)).toISOString();
  return {
    due: false,
    reason: 'quiet',
    message:
      `nothing is open, and nothing starts, ends or is updated within ${intervalMinutes} minutes; ` +
      `the daily publish is after ${tomorrow}.`,
  };
}
