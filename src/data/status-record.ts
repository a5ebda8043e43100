/**
 * The status record as the status pages, badges and API read it. Computed
 * once per build and shared: every page asks the same question ("what is the
 * state of each component now?"), and at thousands of incidents answering it
 * per page would cost more than the pages.
 */
import { getComponents, getIncidents, getMaintenances, getSite, now } from './collections.ts';
import type { StoredComponent } from '../schemas/component.ts';
import type { ComponentStatus } from '../schemas/component.ts';
import { componentStatusesAt } from '../domain/status/component-status.ts';
import { statuspageApi, type StatusRecord } from '../domain/status/statuspage.ts';
import { componentTimelines, type StatusSpan } from '../domain/status/timeline.ts';

let record: Promise<StatusRecord> | undefined;

export function getStatusRecord(): Promise<StatusRecord> {
  record ??= (async () => {
    const [site, components, incidents, maintenances] = await Promise.all([
      getSite(),
      getComponents(),
      getIncidents(),
      getMaintenances(),
    ]);
    return {
      site: { name: site.name, url: site.url, timeZone: site.timeZone },
      components,
      incidents: incidents.map((incident) => ({
        id: incident.id,
        data: incident.data,
        hasPostmortem: (incident.body ?? '').trim() !== '',
      })),
      maintenances: maintenances.map((maintenance) => ({ id: maintenance.id, data: maintenance.data })),
      now,
    };
  })();
  return record;
}

export interface StatusNow {
  components: readonly StoredComponent[];
  /** Each component's status now. */
  statuses: ReadonlyMap<string, ComponentStatus>;
  /** Each component's timeline, for bars and uptime. */
  timelines: ReadonlyMap<string, StatusSpan[]>;
}

let statusNow: Promise<StatusNow> | undefined;

export function getStatusNow(): Promise<StatusNow> {
  statusNow ??= (async () => {
    const { components, incidents, maintenances } = await getStatusRecord();
    const ids = components.map((component) => component.id);
    const data = {
      incidents: incidents.map((incident) => incident.data),
      maintenances: maintenances.map((m) => m.data),
    };
    return {
      components,
      statuses: componentStatusesAt(ids, data.incidents, data.maintenances, now),
      timelines: componentTimelines(ids, data.incidents, data.maintenances, now),
    };
  })();
  return statusNow;
}

let api: Promise<ReturnType<typeof statuspageApi>> | undefined;

/** Every /api/v2/ document, computed once per build (the eight endpoints and the feed share it). */
export function getStatuspageApi(): Promise<ReturnType<typeof statuspageApi>> {
  api ??= getStatusRecord().then(statuspageApi);
  return api;
}
