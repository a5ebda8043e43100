/**
 * The status record and its snapshot at this build's now, as the status
 * pages, badges, home page, API and feed read them. Computed once per build
 * and shared: every page asks the same question ("what is the state of each
 * component now?"), and at thousands of incidents answering it per page
 * would cost more than the pages.
 */
import { createHash } from 'node:crypto';
import { hasPostmortem } from '../domain/status/component-status.ts';
import { getComponents, getIncidents, getMaintenances, getSite, now } from './collections.ts';
import type { Feed } from 'feed';
import { statusFeed } from '../domain/status/status-feed.ts';
import { statuspageApi } from '../domain/status/statuspage.ts';
import { IncidentsDocumentSchema, ScheduledMaintenancesDocumentSchema } from '../schemas/statuspage-v2.ts';
import { statusSnapshot, type StatusRecord, type StatusSnapshot } from '../domain/status/status-snapshot.ts';

let record: Promise<StatusRecord> | undefined;

function getStatusRecord(): Promise<StatusRecord> {
  record ??= (async () => {
    const [site, components, incidents, maintenances] = await Promise.all([
      getSite(),
      getComponents(),
      getIncidents(),
      getMaintenances(),
    ]);
    return {
      site: { name: site.name, url: site.url, timeZone: site.timeZone },
      components,
      incidents: incidents.map((incident) => ({
        id: incident.id,
        data: incident.data,
        hasPostmortem: hasPostmortem(incident.body),
      })),
      maintenances: maintenances.map((maintenance) => ({ id: maintenance.id, data: maintenance.data })),
      now,
    };
  })();
  return record;
}

let snapshot: Promise<StatusSnapshot> | undefined;

/** The status snapshot at this build's now: components, timelines, incidents and maintenance, worked out once. */
export function getStatusSnapshot(): Promise<StatusSnapshot> {
  snapshot ??= getStatusRecord().then(statusSnapshot);
  return snapshot;
}

let api: Promise<ReturnType<typeof statuspageApi>> | undefined;

/** Every /api/v2/ document, computed once per build from the snapshot (the eight endpoints and the feed share it). */
export function getStatuspageApi(): Promise<ReturnType<typeof statuspageApi>> {
  api ??= getStatusSnapshot().then(statuspageApi);
  return api;
}

let feed: Promise<Feed> | undefined;

/** The status feed's items, built once from the API's documents for the Atom and JSON Feed files. */
export function getStatusFeed(): Promise<Feed> {
  feed ??= (async () => {
    const [site, api] = await Promise.all([getSite(), getStatuspageApi()]);
    const { page, incidents } = IncidentsDocumentSchema.parse(api['incidents.json']);
    const { scheduled_maintenances: maintenances } = ScheduledMaintenancesDocumentSchema.parse(
      api['scheduled-maintenances.json'],
    );
    return statusFeed(site, incidents, maintenances, page.updated_at);
  })();
  return feed;
}

/**
 * A key that changes whenever anything a per-entry status page shows changes:
 * the entry's file (its digest), what the snapshot says of it at now, the
 * site settings and the components' names. A status publish renders again only
 * the pages whose key changed; Astro's experimental incremental build reads
 * the same key (`cacheKey` in getStaticPaths).
 */
export async function statusPageKey(
  entry: { digest?: string | number | undefined },
  view: { data: unknown; posted: readonly unknown[] } | undefined,
): Promise<string> {
  keyCommon ??= Promise.all([getSite(), getStatusSnapshot()]).then(([site, snapshot]) =>
    JSON.stringify([site, snapshot.components.map(({ component }) => [component.id, component.name])]),
  );
  // The entry's data is its file's (the digest); of the updates, the number posted by now says which.
  const { data: _data, posted, ...rest } = view ?? { data: undefined, posted: [] };
  return createHash('sha256')
    .update(JSON.stringify([entry.digest ?? '', posted.length, rest]))
    .update(await keyCommon)
    .digest('base64url');
}

/** What every status page's key holds: the site settings and the components' names, written out once. */
let keyCommon: Promise<string> | undefined;
