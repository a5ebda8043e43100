/** `/status/feed.xml`: Atom feed of incidents and planned maintenance (see status-feed.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/collections.ts';
import { getStatuspageApi } from '../../data/status-record.ts';
import { statusFeed } from '../../domain/status/status-feed.ts';
import { IncidentsDocumentSchema, ScheduledMaintenancesDocumentSchema } from '../../schemas/statuspage-v2.ts';

export const GET: APIRoute = async () => {
  const [site, api] = await Promise.all([getSite(), getStatuspageApi()]);
  const { page, incidents } = IncidentsDocumentSchema.parse(api['incidents.json']);
  const { scheduled_maintenances: maintenances } = ScheduledMaintenancesDocumentSchema.parse(
    api['scheduled-maintenances.json'],
  );
  return new Response(statusFeed(site, incidents, maintenances, page.updated_at), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
