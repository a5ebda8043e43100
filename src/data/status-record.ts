/** The status record as the Statuspage API reads it, from the collections. */
import { getComponents, getIncidents, getMaintenances, getSite, now } from './collections.ts';
import type { StatusRecord } from '../domain/status/statuspage.ts';

export async function getStatusRecord(): Promise<StatusRecord> {
  const [site, components, incidents, maintenances] = await Promise.all([getSite(), getComponents(), getIncidents(), getMaintenances()]);
  return {
    site: { name: site.name, url: site.url, timeZone: site.timeZone },
    components,
    incidents: incidents.map((incident) => ({ id: incident.id, data: incident.data, hasPostmortem: (incident.body ?? '').trim() !== '' })),
    maintenances: maintenances.map((maintenance) => ({ id: maintenance.id, data: maintenance.data })),
    now,
  };
}
