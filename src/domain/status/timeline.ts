/**
 * Each component's status over time, computed from the record: incident
 * updates set a component's status from the moment they are posted; an
 * incident's resolution returns its components to operational; maintenance
 * puts its components under maintenance while it is in progress or
 * verifying (see maintenance-status.ts). Where several apply at once
 * (overlapping incidents), the worst wins.
 *
 * The current status, the 90-day bars and the uptime figures all come from
 * this one timeline, so they cannot disagree.
 */
import type { ComponentStatus } from '../../schemas/component.ts';
import type { Incident } from '../../schemas/incident.ts';
import type { Maintenance } from '../../schemas/maintenance.ts';
import { maintenanceCourse } from './maintenance-status.ts';
import { statusSeverity } from './status-order.ts';

/** A stretch of time, in milliseconds since 1970, end excluded; an end of Infinity means "still going". */
export interface Span {
  start: number;
  end: number;
}

/** A stretch of time a component spent in one status other than operational. */
export interface StatusSpan extends Span {
  status: Exclude<ComponentStatus, 'operational'>;
}

/**
 * The stretches one incident gave each component, from the updates posted by
 * `now`; a stretch still open ends at Infinity.
 */
function incidentSpans(incident: Pick<Incident, 'updates'>, now: number): Array<StatusSpan & { component: string }> {
  const spans: Array<StatusSpan & { component: string }> = [];
  const open = new Map<string, { status: ComponentStatus; since: number }>();
  const close = (component: string, at: number) => {
    const current = open.get(component);
    if (current !== undefined && current.status !== 'operational' && at > current.since) {
      spans.push({ component, start: current.since, end: at, status: current.status });
    }
    open.delete(component);
  };
  for (const update of incident.updates) {
    const at = Date.parse(update.at);
    if (at > now) break;
    for (const { id, status } of update.components) {
      close(id, at);
      open.set(id, { status, since: at });
    }
    // Resolution ends every status the incident set, whether or not the update lists the components.
    if (update.status === 'resolved') for (const id of [...open.keys()]) close(id, at);
  }
  for (const id of [...open.keys()]) close(id, Number.POSITIVE_INFINITY);
  return spans;
}

/**
 * Merges overlapping spans into one sequence without overlaps, keeping the
 * worst status at every moment. A sweep: each span opens at its start and
 * closes at its end, and between two boundaries the worst open status holds.
 * Sorting the boundaries makes it n log n; asking every span at every
 * boundary, as this did before, was n² and took 27 of the 80 seconds of a
 * 10,000-entry build (BENCHMARKS.md, "Scale").
 */
export function mergeSpans(spans: readonly StatusSpan[]): StatusSpan[] {
  const changes: Array<{ at: number; severity: number; delta: 1 | -1 }> = [];
  for (const span of spans) {
    const severity = statusSeverity.indexOf(span.status);
    changes.push({ at: span.start, severity, delta: 1 }, { at: span.end, severity, delta: -1 });
  }
  // Not `a - b`: two ends at Infinity would give NaN.
  changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  /** How many spans of each severity are open. */
  const open = statusSeverity.map(() => 0);
  const merged: StatusSpan[] = [];
  for (let i = 0; i < changes.length;) {
    const start = changes[i]!.at;
    for (; i < changes.length && changes[i]!.at === start; i += 1) open[changes[i]!.severity]! += changes[i]!.delta;
    if (i === changes.length) break;
    const end = changes[i]!.at;
    let worst = open.length - 1;
    while (worst > 0 && open[worst] === 0) worst -= 1;
    if (worst === 0) continue;
    const status = statusSeverity[worst] as StatusSpan['status'];
    const last = merged.at(-1);
    if (last !== undefined && last.end === start && last.status === status) last.end = end;
    else merged.push({ start, end, status });
  }
  return merged;
}

/** A maintenance's components and the stretches its work was under way (see `maintenanceCourse`). */
export interface MaintenanceWork {
  components: readonly string[];
  underWay: readonly Span[];
}

/**
 * Every component's timeline as known at `now`: the stretches it was not
 * operational, in time order, without overlaps. Nothing starts after `now`.
 * Maintenance comes in already followed to `now`, so that the status
 * snapshot folds each maintenance once for its status and its timeline.
 */
export function timelinesFrom(
  componentIds: readonly string[],
  incidents: ReadonlyArray<Pick<Incident, 'updates'>>,
  maintenances: readonly MaintenanceWork[],
  now: Date,
): Map<string, StatusSpan[]> {
  const at = now.getTime();
  const raw = new Map<string, StatusSpan[]>(componentIds.map((id) => [id, []]));
  for (const incident of incidents) {
    for (const { component, ...span } of incidentSpans(incident, at)) raw.get(component)?.push(span);
  }
  for (const { components, underWay } of maintenances) {
    for (const { start, end } of underWay)
      for (const id of components) raw.get(id)?.push({ start, end, status: 'under_maintenance' });
  }
  return new Map([...raw].map(([id, spans]) => [id, mergeSpans(spans)]));
}

/** Every component's timeline as known at `now`, from the record as written (see `timelinesFrom`). */
export function componentTimelines(
  componentIds: readonly string[],
  incidents: ReadonlyArray<Pick<Incident, 'updates'>>,
  maintenances: ReadonlyArray<Pick<Maintenance, 'components' | 'scheduledStart' | 'scheduledEnd' | 'updates'>>,
  now: Date,
): Map<string, StatusSpan[]> {
  const work = maintenances.map((m) => ({ components: m.components, underWay: maintenanceCourse(m, now).underWay }));
  return timelinesFrom(componentIds, incidents, work, now);
}

/** A component's status at a moment, from its timeline. */
export function statusAt(timeline: readonly StatusSpan[], moment: number): ComponentStatus {
  return timeline.find((span) => span.start <= moment && moment < span.end)?.status ?? 'operational';
}
