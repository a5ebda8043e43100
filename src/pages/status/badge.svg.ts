/** `/status/badge.svg`: the whole page's status as a badge, with the headline's words. */
import type { APIRoute } from 'astro';
import { getComponents, getIncidents, getMaintenances, getSite, now } from '../../data/collections.ts';
import { pageBadgeLabel, statusBadge } from '../../domain/status/badge.ts';
import { componentStatusesAt, pageIndicator, worseStatus } from '../../domain/status/component-status.ts';

export const GET: APIRoute = async () => {
  const [site, components, incidents, maintenances] = await Promise.all([getSite(), getComponents(), getIncidents(), getMaintenances()]);
  const statuses = componentStatusesAt(components.map((c) => c.id), incidents.map((i) => i.data), maintenances.map((m) => m.data), now);
  const worst = [...statuses.values()].reduce(worseStatus, 'operational');
  return new Response(statusBadge(pageBadgeLabel(site.name), pageIndicator(statuses.values()).description, worst), { headers: { 'Content-Type': 'image/svg+xml' } });
};
