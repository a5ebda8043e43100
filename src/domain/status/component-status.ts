import type { ComponentStatus } from '../../schemas/component.ts';
import type { Incident } from '../../schemas/incident.ts';
import { worseStatus } from './status-order.ts';

export { impactLabel, statusLabel, statusSeverity, updateStatusLabel, worseStatus } from './status-order.ts';

/** Whether an update is posted at `now`: its time has come. Times are compared as instants, as the API does. */
export function isPosted(update: { at: string }, now: Date): boolean {
  return Date.parse(update.at) <= now.getTime();
}

/** The incident's updates posted at or before `now`, oldest first. */
export function updatesUntil(incident: Pick<Incident, 'updates'>, now: Date): Incident['updates'] {
  return incident.updates.filter((update) => isPosted(update, now));
}

/** Whether an incident's postmortem is published: it is the body of the incident's file. */
export function hasPostmortem(body: string | undefined): boolean {
  return (body ?? '').trim() !== '';
}

/** True when the incident has started and is not resolved at `now`. */
export function isIncidentActive(incident: Pick<Incident, 'updates'>, now: Date): boolean {
  const seen = updatesUntil(incident, now);
  const last = seen.at(-1);
  return last !== undefined && last.status !== 'resolved';
}

/** The page-wide summary, Statuspage's "indicator", derived from the components. */
export interface PageIndicator {
  indicator: 'none' | 'minor' | 'major' | 'critical' | 'maintenance';
  description: string;
}

/**
 * Derives the headline from the component statuses, never from authored
 * text, so the headline cannot contradict the components below it.
 */
export function pageIndicator(statuses: Iterable<ComponentStatus>): PageIndicator {
  const worst = [...statuses].reduce<ComponentStatus>(worseStatus, 'operational');
  switch (worst) {
    case 'major_outage':
      return { indicator: 'critical', description: 'Major outage' };
    case 'partial_outage':
      return { indicator: 'major', description: 'Partial outage' };
    case 'degraded_performance':
      return { indicator: 'minor', description: 'Some services are slower than usual' };
    case 'under_maintenance':
      return { indicator: 'maintenance', description: 'Planned maintenance under way' };
    case 'operational':
      return { indicator: 'none', description: 'All systems operational' };
  }
}

/**
 * Minutes from an incident's first update to its resolution, or to `now` if
 * it is still open; a resolution posted after `now` is not known yet.
 */
export function incidentDurationMinutes(incident: Pick<Incident, 'updates'>, now: Date): number {
  const posted = updatesUntil(incident, now);
  const first = posted[0];
  if (first === undefined) return 0;
  const resolved = posted.find((update) => update.status === 'resolved');
  const end = resolved === undefined ? now.getTime() : Date.parse(resolved.at);
  return Math.max(0, Math.round((end - Date.parse(first.at)) / 60_000));
}

/** The ids of every component an incident's updates name, in first-named order. */
export function affectedComponents(incident: Pick<Incident, 'updates'>): string[] {
  return [...new Set(incident.updates.flatMap((update) => update.components.map((component) => component.id)))];
}
