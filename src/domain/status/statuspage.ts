/**
 * The status record in Atlassian Statuspage's v2 format (see
 * src/schemas/statuspage-v2.ts), so that Statuspage widgets and client
 * libraries read Plainsight's status as they read any Statuspage. Every value
 * comes from the same status snapshot as the status pages.
 */
import { createHash } from 'node:crypto';
import type { ComponentStatus } from '../../schemas/component.ts';
import type {
  ComponentV2,
  IncidentUpdateV2,
  IncidentV2,
  IndicatorV2,
  PageV2,
  ScheduledMaintenanceV2,
  StatuspageDocumentPath,
} from '../../schemas/statuspage-v2.ts';
import type { PageIndicator } from './component-status.ts';
import type { StatusSnapshot } from './status-snapshot.ts';

export type { StatusRecord } from './status-snapshot.ts';

/** Ids already worked out: every incident names its components, and every document names them again. */
const statuspageIds = new Map<string, string>();

/**
 * A stable Statuspage id (12 lowercase letters and digits) for a content id:
 * the same content id always gives the same API id, and kinds never collide.
 */
export function statuspageId(
  kind: 'page' | 'component' | 'group' | 'incident' | 'maintenance' | 'update',
  id: string,
): string {
  const key = `${kind}:${id}`;
  let known = statuspageIds.get(key);
  if (known === undefined) {
    const digest = createHash('sha256').update(key).digest();
    // 8 bytes in base 36 give at least 12 digits; the first 12 are the id.
    known = digest.readBigUInt64BE(0).toString(36).padStart(13, '0').slice(-12);
    statuspageIds.set(key, known);
  }
  return known;
}

/** RFC 3339, in UTC. */
const rfc3339 = (iso: string | number) => new Date(iso).toISOString();

/**
 * Statuspage's indicator for the page. Statuspage has no "maintenance"
 * indicator in this format's enum; planned work under way shows as minor,
 * because some service is unavailable. The description is the same words
 * the status page's headline uses.
 */
export function indicatorV2(indicator: PageIndicator): { indicator: IndicatorV2; description: string } {
  return {
    indicator: indicator.indicator === 'maintenance' ? 'minor' : indicator.indicator,
    description: indicator.description,
  };
}

/** How many incidents, and how many maintenance windows, the full lists hold: Statuspage's own limit. */
export const listLimit = 50;

/** Every /api/v2/ document, keyed by its path below /api/v2/, from the status snapshot the pages read. */
export function statuspageApi(snapshot: StatusSnapshot): Record<StatuspageDocumentPath, unknown> {
  const { site, now } = snapshot;
  const at = now.getTime();
  const pageId = statuspageId('page', site.url);

  const postedTimes = [...snapshot.incidents, ...snapshot.maintenances].flatMap((entry) =>
    entry.posted.map((update) => Date.parse(update.at)),
  );
  const page: PageV2 = {
    id: pageId,
    name: site.name,
    url: new URL('/status/', site.url).href,
    time_zone: site.timeZone,
    updated_at: rfc3339(postedTimes.length > 0 ? Math.max(...postedTimes) : at),
    generated_at: rfc3339(at),
  };

  // Components: each group, then its components, positions counting through the list.
  const componentObjects = new Map<string, ComponentV2>();
  const componentList: ComponentV2[] = [];
  let position = 0;
  for (const group of snapshot.groups) {
    const memberObjects = group.components.map(({ component, status, timeline }): ComponentV2 => {
      const created = rfc3339(`${component.since}T00:00:00Z`);
      const changes = timeline.flatMap((span) => [span.start, span.end]).filter((time) => time <= at);
      return {
        id: statuspageId('component', component.id),
        name: component.name,
        status,
        created_at: created,
        updated_at: changes.length > 0 ? rfc3339(Math.max(...changes)) : created,
        position: 0,
        description: component.description,
        showcase: true,
        start_date: component.since,
        group_id: statuspageId('group', group.id),
        page_id: pageId,
        group: false,
        only_show_if_degraded: false,
      };
    });
    const groupObject: ComponentV2 = {
      id: statuspageId('group', group.id),
      name: group.name,
      status: group.status,
      created_at: memberObjects.map((member) => member.created_at).sort()[0] ?? page.updated_at,
      updated_at:
        memberObjects
          .map((member) => member.updated_at)
          .sort()
          .at(-1) ?? page.updated_at,
      position: (position += 1),
      description: null,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: pageId,
      group: true,
      only_show_if_degraded: false,
      components: memberObjects.map((member) => member.id),
    };
    componentList.push(groupObject);
    group.components.forEach(({ component }, i) => {
      const object = { ...memberObjects[i]!, position: (position += 1) };
      componentObjects.set(component.id, object);
      componentList.push(object);
    });
  }
  const componentsNamed = (contentIds: readonly string[]) => contentIds.flatMap((id) => componentObjects.get(id) ?? []);

  const unresolvedIds = new Set<string>();
  // Newest first by first posted update; only what a document lists (the newest 50 and the open ones) is
  // written out, since a record of thousands of incidents would otherwise be formatted for nothing.
  const incidents: IncidentV2[] = snapshot.incidents
    .filter((incident) => incident.posted.length > 0)
    .map((incident) => ({ incident, created: Date.parse(incident.posted[0]!.at) }))
    .sort((a, b) => b.created - a.created)
    .filter(({ incident }, index) => index < listLimit || incident.open)
    .map(({ incident: { id, data, hasPostmortem, posted, open, components } }) => {
      const incidentId = statuspageId('incident', id);
      if (open) unresolvedIds.add(incidentId);
      const given = new Map<string, ComponentStatus>();
      const updates: IncidentUpdateV2[] = posted.map((update, index) => {
        const affected = update.components.map((component) => {
          const old = given.get(component.id) ?? 'operational';
          given.set(component.id, component.status);
          return {
            code: statuspageId('component', component.id),
            name: componentObjects.get(component.id)?.name ?? component.id,
            old_status: old,
            new_status: component.status,
          };
        });
        return {
          id: statuspageId('update', `${id}#${index}`),
          status: update.status,
          body: update.message,
          incident_id: incidentId,
          created_at: rfc3339(update.at),
          updated_at: rfc3339(update.at),
          display_at: rfc3339(update.at),
          affected_components: affected,
        };
      });
      const latest = posted.at(-1)!;
      const first = posted[0]!;
      const resolved = posted.find((update) => update.status === 'resolved');
      const monitoring = posted.find((update) => update.status === 'monitoring');
      return {
        id: incidentId,
        name: data.title,
        status: latest.status === 'resolved' && hasPostmortem ? 'postmortem' : latest.status,
        impact: data.impact,
        created_at: rfc3339(first.at),
        updated_at: rfc3339(latest.at),
        started_at: rfc3339(first.at),
        monitoring_at: monitoring ? rfc3339(monitoring.at) : null,
        resolved_at: resolved ? rfc3339(resolved.at) : null,
        page_id: pageId,
        shortlink: new URL(`/status/incidents/${id}/`, site.url).href,
        incident_updates: updates.reverse(),
        components: componentsNamed(components),
      } satisfies IncidentV2;
    });

  const activeIds = new Set<string>();
  const upcomingIds = new Set<string>();
  const maintenances: ScheduledMaintenanceV2[] = snapshot.maintenances
    .map(({ id, data, posted, status, active, upcoming, completedAt }) => {
      const maintenanceId = statuspageId('maintenance', id);
      if (active) activeIds.add(maintenanceId);
      if (upcoming) upcomingIds.add(maintenanceId);
      const first = posted[0] ?? data.updates[0]!;
      const latest = posted.at(-1) ?? first;
      return {
        id: maintenanceId,
        name: data.title,
        status,
        impact: 'maintenance' as const,
        created_at: rfc3339(first.at),
        updated_at: rfc3339(latest.at),
        started_at: rfc3339(data.scheduledStart),
        monitoring_at: null,
        resolved_at: completedAt === undefined ? null : rfc3339(completedAt),
        page_id: pageId,
        shortlink: new URL(`/status/maintenance/${id}/`, site.url).href,
        scheduled_for: rfc3339(data.scheduledStart),
        scheduled_until: rfc3339(data.scheduledEnd),
        incident_updates: posted
          .map((update, index) => ({
            id: statuspageId('update', `${id}#${index}`),
            status: update.status,
            body: update.message,
            incident_id: maintenanceId,
            created_at: rfc3339(update.at),
            updated_at: rfc3339(update.at),
            display_at: rfc3339(update.at),
            affected_components: [],
          }))
          .reverse(),
        components: componentsNamed(data.components),
      } satisfies ScheduledMaintenanceV2;
    })
    .sort((a, b) => b.scheduled_for.localeCompare(a.scheduled_for));

  const status = indicatorV2(snapshot.indicator);
  const unresolved = incidents.filter((incident) => unresolvedIds.has(incident.id));
  // Statuspage lists all and active maintenance newest first, upcoming soonest first.
  const upcoming = maintenances.filter((m) => upcomingIds.has(m.id)).reverse();
  const active = maintenances.filter((m) => activeIds.has(m.id));
  return {
    'summary.json': {
      page,
      status,
      components: componentList,
      incidents: unresolved,
      scheduled_maintenances: [...active, ...upcoming],
    },
    'status.json': { page, status },
    'components.json': { page, components: componentList },
    'incidents.json': { page, incidents: incidents.slice(0, listLimit) },
    'incidents/unresolved.json': { page, incidents: unresolved },
    'scheduled-maintenances.json': { page, scheduled_maintenances: maintenances.slice(0, listLimit) },
    'scheduled-maintenances/upcoming.json': { page, scheduled_maintenances: upcoming },
    'scheduled-maintenances/active.json': { page, scheduled_maintenances: active },
  };
}
