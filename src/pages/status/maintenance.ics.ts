/** `/status/maintenance.ics`: every planned maintenance window as a calendar (see maintenance-calendar.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/collections.ts';
import { getStatusSnapshot } from '../../data/status-record.ts';
import { maintenanceCalendar } from '../../domain/status/maintenance-calendar.ts';

export const GET: APIRoute = async () => {
  const [site, snapshot] = await Promise.all([getSite(), getStatusSnapshot()]);
  const name = (id: string) => snapshot.componentsById.get(id)?.component.name ?? id;
  return new Response(maintenanceCalendar(site, snapshot.maintenances, name), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
