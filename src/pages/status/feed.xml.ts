/** `/status/feed.xml`: Atom feed of incidents and planned maintenance (see status-feed.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/collections.ts';
import { getStatusRecord } from '../../data/status-record.ts';
import { statusFeed } from '../../domain/status/status-feed.ts';
import { statuspageApi } from '../../domain/status/statuspage.ts';
import { IncidentsDocumentSchema, ScheduledMaintenancesDocumentSchema } from '../../schemas/statuspage-v2.ts';

export const GET: APIRoute = async () => {
  const [site, record] = await Promise.all([getSite(), getStatusRecord()]);
  const api = statuspageApi(record);
  const { page, incidents } = IncidentsDocumentSchema.parse(api['incidents.json']);
  const { scheduled_maintenances: maintenances } = ScheduledMaintenancesDocumentSchema.parse(api['scheduled-maintenances.json']);
  return new Response(statusFeed(site, incidents, maintenances, page.updated_at), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
