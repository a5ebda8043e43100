import type { ComponentStatus } from '../../schemas/component.ts';
import type { Incident } from '../../schemas/incident.ts';
import type { Maintenance } from '../../schemas/maintenance.ts';
import { worseStatus } from './status-order.ts';
import { componentTimelines, maintenanceWindow, statusAt } from './timeline.ts';

export { statusLabel, statusSeverity, worseStatus } from './status-order.ts';

/** The incident's updates posted at or before `now`, oldest first. */
export function updatesUntil(incident: Pick<Incident, 'updates'>, now: Date): Incident['updates'] {
  const at = now.toISOString();
  return incident.updates.filter((update) => update.at <= at);
}

/** True when the incident has started and is not resolved at `now`. */
export function isIncidentActive(incident: Pick<Incident, 'updates'>, now: Date): boolean {
  const seen = updatesUntil(incident, now);
  const last = seen.at(-1);
  return last !== undefined && last.status !== 'resolved';
}

/** True when the maintenance's work is under way at `now` (see `maintenanceWindow`). */
export function isMaintenanceActive(maintenance: Maintenance, now: Date): boolean {
  const window = maintenanceWindow(maintenance, now);
  return window.start <= now.getTime() && now.getTime() < window.end;
}

/**
 * Each component's status at `now`, read from its timeline (see
 * timeline.ts): the latest status every open incident gave it, under
 * maintenance while work is under way, the worst of these.
 */
export function componentStatusesAt(
  componentIds: readonly string[],
  incidents: ReadonlyArray<Pick<Incident, 'updates'>>,
  maintenances: readonly Maintenance[],
  now: Date,
): Map<string, ComponentStatus> {
  const timelines = componentTimelines(componentIds, incidents, maintenances, now);
  return new Map(componentIds.map((id) => [id, statusAt(timelines.get(id) ?? [], now.getTime())]));
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

/** Minutes from an incident's first update to its resolution, or to `now` if it is still open. */
export function incidentDurationMinutes(incident: Pick<Incident, 'updates'>, now: Date): number {
  const first = incident.updates[0];
  if (first === undefined) return 0;
  const resolved = incident.updates.find((update) => update.status === 'resolved');
  const end = resolved === undefined ? now.getTime() : Date.parse(resolved.at);
  return Math.max(0, Math.round((end - Date.parse(first.at)) / 60_000));
}

/** The ids of every component an incident's updates name, in first-named order. */
export function affectedComponents(incident: Pick<Incident, 'updates'>): string[] {
  return [...new Set(incident.updates.flatMap((update) => update.components.map((component) => component.id)))];
}
