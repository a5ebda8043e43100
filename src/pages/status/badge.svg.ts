/** `/status/badge.svg`: the whole page's status as a badge, with the headline's words. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/collections.ts';
import { getStatusNow } from '../../data/status-record.ts';
import { pageBadgeLabel, statusBadge } from '../../domain/status/badge.ts';
import { pageIndicator, worseStatus } from '../../domain/status/component-status.ts';

export const GET: APIRoute = async () => {
  const [site, { statuses }] = await Promise.all([getSite(), getStatusNow()]);
  const worst = [...statuses.values()].reduce(worseStatus, 'operational');
  return new Response(statusBadge(pageBadgeLabel(site.name), pageIndicator(statuses.values()).description, worst), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
