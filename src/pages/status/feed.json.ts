/** `/status/feed.json`: the status feed as JSON Feed, with the same items as the Atom feed (see status-feed.ts). */
import type { APIRoute } from 'astro';
import { getStatusFeed } from '../../data/status-record.ts';

export const GET: APIRoute = async () =>
  new Response((await getStatusFeed()).json1(), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
