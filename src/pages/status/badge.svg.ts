/** `/status/badge.svg`: the whole page's status as a badge, with the headline's words. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/collections.ts';
import { getStatusSnapshot } from '../../data/status-record.ts';
import { pageBadgeLabel, statusBadge } from '../../domain/status/badge.ts';

export const GET: APIRoute = async () => {
  const [site, { indicator, worst }] = await Promise.all([getSite(), getStatusSnapshot()]);
  return new Response(statusBadge(pageBadgeLabel(site.name), indicator.description, worst), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
