import type { ComponentStatus } from '../../schemas/component.ts';
import type { Incident } from '../../schemas/incident.ts';
import type { Maintenance } from '../../schemas/maintenance.ts';

/** Component statuses from best to worst; a component shows the worst that applies. */
export const statusSeverity: readonly ComponentStatus[] = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'];

/** Words for each status, for people. */
export const statusLabel: Record<ComponentStatus, string> = {
  operational: 'Operational',
  under_maintenance: 'Under maintenance',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

/** The worse of two statuses. */
export function worseStatus(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return statusSeverity.indexOf(a) >= statusSeverity.indexOf(b) ? a : b;
}

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

/** True when `now` falls inside the maintenance window and it is not completed. */
export function isMaintenanceActive(maintenance: Maintenance, now: Date): boolean {
  const at = now.toISOString();
  const posted = maintenance.updates.filter((update) => update.at <= at);
  if (posted.at(-1)?.status === 'completed') return false;
  return maintenance.scheduledStart <= at && at < maintenance.scheduledEnd;
}

/**
 * Each component's status at `now`, computed from the record: for every
 * incident still open, the latest status its updates gave the component; for
 * every maintenance under way, "under maintenance". The worst wins.
 */
export function componentStatusesAt(
  componentIds: readonly string[],
  incidents: ReadonlyArray<Pick<Incident, 'updates'>>,
  maintenances: readonly Maintenance[],
  now: Date,
): Map<string, ComponentStatus> {
  const statuses = new Map<string, ComponentStatus>(componentIds.map((id) => [id, 'operational']));
  for (const incident of incidents) {
    if (!isIncidentActive(incident, now)) continue;
    const latest = new Map<string, ComponentStatus>();
    for (const update of updatesUntil(incident, now)) {
      for (const component of update.components) latest.set(component.id, component.status);
    }
    for (const [id, status] of latest) statuses.set(id, worseStatus(statuses.get(id) ?? 'operational', status));
  }
  for (const maintenance of maintenances) {
    if (!isMaintenanceActive(maintenance, now)) continue;
    for (const id of maintenance.components) statuses.set(id, worseStatus(statuses.get(id) ?? 'operational', 'under_maintenance'));
  }
  return statuses;
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
