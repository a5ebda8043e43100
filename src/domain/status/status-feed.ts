/**
 * The feed of incidents and maintenance, as Atom (`/status/feed.xml`) and
 * JSON Feed (`/status/feed.json`), from one list of items: one entry
 * per incident or maintenance, updated whenever a new update is posted, with
 * every update in its content, newest first. Built from the same API objects
 * as /api/v2/, so the feed says what the API says.
 */
import type { Feed } from 'feed';
import { siteFeed, type FeedSite } from '../atom-feed.ts';
import { updateStatusLabel as statusWords } from './status-order.ts';
import type { IncidentV2, ScheduledMaintenanceV2 } from '../../schemas/statuspage-v2.ts';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function statusFeed(
  site: FeedSite,
  incidents: readonly IncidentV2[],
  maintenances: readonly ScheduledMaintenanceV2[],
  updatedAt: string,
): Feed {
  const { feed } = siteFeed(site, {
    feedPath: '/status/feed.xml',
    jsonFeedPath: '/status/feed.json',
    pagePath: '/status/',
    title: `${site.name} service status`,
    description: `Incidents and planned maintenance for ${site.name}, newest first.`,
    updated: new Date(updatedAt),
  });
  const entries = [...incidents, ...maintenances].sort((a, b) => b.updated_at.localeCompare(a.updated_at));
  for (const entry of entries) {
    const maintenance = 'scheduled_for' in entry;
    const affected = entry.components.map((component) => component.name).join(', ') || 'no component';
    const updates = entry.incident_updates
      .map(
        (update) =>
          `<p><strong>${statusWords[update.status] ?? update.status}</strong> (${update.created_at}): ` +
          `${escapeHtml(update.body)}</p>`,
      )
      .join('');
    feed.addItem({
      id: entry.shortlink,
      link: entry.shortlink,
      title:
        `${maintenance ? 'Planned maintenance' : 'Incident'}: ${entry.name} ` +
        `(${statusWords[entry.status] ?? entry.status})`,
      date: new Date(entry.updated_at),
      published: new Date(entry.created_at),
      description:
        (maintenance
          ? `Planned from ${(entry as ScheduledMaintenanceV2).scheduled_for} ` +
            `to ${(entry as ScheduledMaintenanceV2).scheduled_until}. `
          : '') + `Affects: ${affected}.`,
      content: `<p>Affects: ${escapeHtml(affected)}.</p>${updates}`,
      author: [{ name: site.name }],
    });
  }
  return feed;
}
