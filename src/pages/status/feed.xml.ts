/** `/status/feed.xml`: Atom feed of incidents and planned maintenance (see status-feed.ts). */
import type { APIRoute } from 'astro';
import { getStatusFeed } from '../../data/status-record.ts';

export const GET: APIRoute = async () =>
  new Response((await getStatusFeed()).atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
