/**
 * Where a maintenance stands at a moment, with Atlassian Statuspage's
 * meaning of its four statuses: scheduled, in progress, verifying (the work
 * is done and being checked) and completed. The status page, the /api/v2/
 * documents and the component timelines all read this one definition.
 *
 * The status is the posted updates and two clock events folded in time
 * order, as Statuspage's automation moves a maintenance: at its scheduled
 * start, one still scheduled goes in progress; at its scheduled end, one
 * still scheduled or in progress is completed. Verifying is never ended by
 * the clock: someone said the work is being checked, and only they can say
 * it is done. Updates posted after `now` are not known yet.
 */
import type { Maintenance, MaintenanceStatus } from '../../schemas/maintenance.ts';
import type { Span } from './timeline.ts';

/** What a maintenance's course up to `now` says. */
export interface MaintenanceCourse {
  /** Its status at `now`. */
  status: MaintenanceStatus;
  /** The stretches it was in progress or verifying, in order; one still going at `now` ends at Infinity. */
  underWay: Span[];
  /** When it became completed, by an update or by the clock; undefined unless completed at `now`. */
  completedAt: number | undefined;
}

/**
 * True for the statuses in which the work is under way: the maintenance is
 * active and its components are under maintenance.
 */
export function isUnderWay(status: MaintenanceStatus): boolean {
  return status === 'in_progress' || status === 'verifying';
}

/** A maintenance's status at `now`, the stretches its work was under way, and when it was completed. */
export function maintenanceCourse(
  maintenance: Pick<Maintenance, 'scheduledStart' | 'scheduledEnd' | 'updates'>,
  now: Date,
): MaintenanceCourse {
  type Event = { at: number; posted?: MaintenanceStatus; clock?: 'start' | 'end' };
  const events: Event[] = [
    { at: Date.parse(maintenance.scheduledStart), clock: 'start' },
    { at: Date.parse(maintenance.scheduledEnd), clock: 'end' },
    ...maintenance.updates.map((update) => ({ at: Date.parse(update.at), posted: update.status })),
  ];
  // In time order; the clock goes before an update posted at the same moment, so that what someone posted stands.
  const known = events
    .filter((event) => event.at <= now.getTime())
    .sort((a, b) => a.at - b.at || Number(a.clock === undefined) - Number(b.clock === undefined));

  let status = 'scheduled' as MaintenanceStatus;
  let changedAt = Number.NEGATIVE_INFINITY;
  let workStarted = Number.NEGATIVE_INFINITY;
  const underWay: Span[] = [];
  const become = (next: MaintenanceStatus, at: number) => {
    if (next === status) return;
    if (isUnderWay(status) && !isUnderWay(next) && at > workStarted) underWay.push({ start: workStarted, end: at });
    if (!isUnderWay(status) && isUnderWay(next)) workStarted = at;
    status = next;
    changedAt = at;
  };
  for (const event of known) {
    if (event.posted !== undefined) become(event.posted, event.at);
    else if (event.clock === 'start' && status === 'scheduled') become('in_progress', event.at);
    else if (event.clock === 'end' && (status === 'scheduled' || status === 'in_progress'))
      become('completed', event.at);
  }
  if (isUnderWay(status)) underWay.push({ start: workStarted, end: Number.POSITIVE_INFINITY });
  return { status, underWay, completedAt: status === 'completed' ? changedAt : undefined };
}

/** A maintenance's status at `now` (see `maintenanceCourse`). */
export function maintenanceStatusAt(
  maintenance: Pick<Maintenance, 'scheduledStart' | 'scheduledEnd' | 'updates'>,
  now: Date,
): MaintenanceStatus {
  return maintenanceCourse(maintenance, now).status;
}
