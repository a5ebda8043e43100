/**
 * The status record as known at `now`, worked out once: each component's
 * status, timeline, daily bars and uptime; the page's headline; which
 * incidents are open; where each maintenance stands. The status pages, the
 * badges, the home page, /api/v2/ and the status feed all read one snapshot,
 * so they cannot disagree, and every timeline is built once per build.
 */
import type { ComponentStatus, StoredComponent } from '../../schemas/component.ts';
import type { Incident } from '../../schemas/incident.ts';
import type { Maintenance, MaintenanceStatus } from '../../schemas/maintenance.ts';
import {
  affectedComponents,
  incidentDurationMinutes,
  isIncidentActive,
  pageIndicator,
  updatesUntil,
  type PageIndicator,
} from './component-status.ts';
import { maintenanceCourse, isUnderWay } from './maintenance-status.ts';
import { worseStatus } from './status-order.ts';
import { statusAt, timelinesFrom, type Span, type StatusSpan } from './timeline.ts';
import { dayRecords, groupUptime, localDayStart, recentDays, uptimeOverDays, type DayRecord } from './uptime.ts';

/** What the snapshot is made from: the content, as the site's reader gives it, and the moment that is now. */
export interface StatusRecord {
  site: { name: string; url: string; timeZone: string };
  /** Every component, in display order. */
  components: readonly StoredComponent[];
  incidents: ReadonlyArray<{ id: string; data: Incident; hasPostmortem: boolean }>;
  maintenances: ReadonlyArray<{ id: string; data: Maintenance }>;
  now: Date;
}

/** An incident as known at `now`. */
export interface IncidentAt {
  id: string;
  data: Incident;
  /** Whether a postmortem is published (the incident file has a body). */
  hasPostmortem: boolean;
  /** The updates posted by `now`, oldest first; empty while the incident lies in the future. */
  posted: Incident['updates'];
  /** Started and not resolved at `now`. */
  open: boolean;
  /** Minutes from its first update to its resolution, or to `now` while it is open. */
  durationMinutes: number;
  /** The components its updates name, in first-named order. */
  components: string[];
}

/** A maintenance as known at `now`. */
export interface MaintenanceAt {
  id: string;
  data: Maintenance;
  /** The updates posted by `now`, oldest first. */
  posted: Maintenance['updates'];
  /** Its status at `now` (see maintenance-status.ts). */
  status: MaintenanceStatus;
  /** In progress or verifying: its components are under maintenance. */
  active: boolean;
  /** Still scheduled, and due to start after `now`. */
  upcoming: boolean;
  /** When it was completed, by an update or by the clock; undefined unless it is completed. */
  completedAt: number | undefined;
  /** The stretches its work was under way, up to `now` (the last ends at Infinity while it is). */
  underWay: Span[];
}

/** A component as known at `now`, with its history for the bars and uptime figures. */
export interface ComponentAt {
  component: StoredComponent;
  status: ComponentStatus;
  /** The stretches it was not operational, in time order (see timeline.ts). */
  timeline: StatusSpan[];
  /** One record per day of `StatusSnapshot.days`, oldest first. */
  days: DayRecord[];
  /** Uptime over the last 30 and 90 days, counted from its first day of service when that is later. */
  uptime30: number;
  uptime90: number;
}

/** A group of components, in display order, with its worst status and mean uptime. */
export interface ComponentGroupAt {
  id: string;
  name: string;
  components: ComponentAt[];
  status: ComponentStatus;
  uptime30: number;
  uptime90: number;
}

export interface StatusSnapshot {
  site: StatusRecord['site'];
  now: Date;
  /** The page's headline, from the components' statuses. */
  indicator: PageIndicator;
  /** The worst status of any component. */
  worst: ComponentStatus;
  /** Every component, in display order. */
  components: ComponentAt[];
  componentsById: ReadonlyMap<string, ComponentAt>;
  groups: ComponentGroupAt[];
  /** The components that are not operational now, in display order. */
  affected: ComponentAt[];
  /** Every incident, newest first by its first update. */
  incidents: IncidentAt[];
  incidentsById: ReadonlyMap<string, IncidentAt>;
  /** The incidents open now, newest first. */
  unresolvedIncidents: IncidentAt[];
  /** The five latest incidents that have started and are resolved, newest first. */
  recentIncidents: IncidentAt[];
  /** Every maintenance, soonest first by its scheduled start. */
  maintenances: MaintenanceAt[];
  maintenancesById: ReadonlyMap<string, MaintenanceAt>;
  /** The maintenance in progress or verifying now, soonest first. */
  activeMaintenances: MaintenanceAt[];
  /** The maintenance still to come, soonest first. */
  upcomingMaintenances: MaintenanceAt[];
  /** The local days the bars cover (the last 90, today last, ending at `now`). */
  days: Array<{ day: string; span: Span }>;
  /**
   * For each of those days that had one, the incidents and the maintenance
   * under way at some time that day, newest first: what a day's bar links to.
   */
  eventsByDay: ReadonlyMap<string, DayEvents>;
}

/** The incidents and maintenance of one local day. */
export interface DayEvents {
  day: string;
  incidents: IncidentAt[];
  maintenances: MaintenanceAt[];
}

/** How many days of history the bars show; uptime is given over the last 30 and all 90 of them. */
export const historyDays = 90;

/** How many resolved incidents the status page lists as recent. */
const recentCount = 5;

export function statusSnapshot(record: StatusRecord): StatusSnapshot {
  const { site, now } = record;

  const incidents = record.incidents
    .map(({ id, data, hasPostmortem }): IncidentAt => {
      const posted = updatesUntil(data, now);
      return {
        id,
        data,
        hasPostmortem,
        posted,
        open: isIncidentActive(data, now),
        durationMinutes: incidentDurationMinutes(data, now),
        components: affectedComponents(data),
      };
    })
    .sort((a, b) => startOf(b) - startOf(a));
  // Each incident's span, worked out once: every day of the history asks about every incident.
  const spans = new Map(incidents.map((incident) => [incident, incidentSpan(incident)]));

  const courses = record.maintenances.map(({ data }) => maintenanceCourse(data, now));
  const maintenances = record.maintenances
    .map(({ id, data }, index): MaintenanceAt => {
      const { status, completedAt, underWay } = courses[index]!;
      return {
        id,
        data,
        posted: data.updates.filter((update) => Date.parse(update.at) <= now.getTime()),
        status,
        active: isUnderWay(status),
        upcoming: status === 'scheduled' && Date.parse(data.scheduledStart) > now.getTime(),
        completedAt,
        underWay,
      };
    })
    .sort((a, b) => Date.parse(a.data.scheduledStart) - Date.parse(b.data.scheduledStart));

  const timelines = timelinesFrom(
    record.components.map((component) => component.id),
    record.incidents.map((incident) => incident.data),
    record.maintenances.map(({ data }, index) => ({ components: data.components, underWay: courses[index]!.underWay })),
    now,
  );
  const days = recentDays(historyDays, now, site.timeZone);
  const components = record.components.map((component): ComponentAt => {
    const timeline = timelines.get(component.id) ?? [];
    const since = localDayStart(component.since, site.timeZone);
    return {
      component,
      status: statusAt(timeline, now.getTime()),
      timeline,
      days: dayRecords(timeline, days),
      uptime30: uptimeOverDays(timeline, days, 30, since),
      uptime90: uptimeOverDays(timeline, days, historyDays, since),
    };
  });
  const groups = [...new Map(record.components.map((c) => [c.group.id, c.group.name]))].map(
    ([id, name]): ComponentGroupAt => {
      const members = components.filter(({ component }) => component.group.id === id);
      return {
        id,
        name,
        components: members,
        status: members.reduce<ComponentStatus>((worst, member) => worseStatus(worst, member.status), 'operational'),
        uptime30: groupUptime(members.map((member) => member.uptime30)),
        uptime90: groupUptime(members.map((member) => member.uptime90)),
      };
    },
  );

  const statuses = components.map((component) => component.status);
  const eventsByDay = new Map<string, DayEvents>();
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const { day, span } of days) {
    const onDay: DayEvents = {
      day,
      incidents: incidents.filter((incident) => incident.posted.length > 0 && overlaps(spans.get(incident)!, span)),
      maintenances: maintenances.filter((maintenance) => maintenance.underWay.some((work) => overlaps(work, span))),
    };
    if (onDay.incidents.length > 0 || onDay.maintenances.length > 0) eventsByDay.set(day, onDay);
  }
  return {
    site,
    now,
    indicator: pageIndicator(statuses),
    worst: statuses.reduce<ComponentStatus>(worseStatus, 'operational'),
    components,
    componentsById: new Map(components.map((component) => [component.component.id, component])),
    groups,
    affected: components.filter((component) => component.status !== 'operational'),
    incidents,
    incidentsById: new Map(incidents.map((incident) => [incident.id, incident])),
    unresolvedIncidents: incidents.filter((incident) => incident.open),
    recentIncidents: incidents.filter((incident) => incident.posted.length > 0 && !incident.open).slice(0, recentCount),
    maintenances,
    maintenancesById: new Map(maintenances.map((maintenance) => [maintenance.id, maintenance])),
    activeMaintenances: maintenances.filter((maintenance) => maintenance.active),
    upcomingMaintenances: maintenances.filter((maintenance) => maintenance.upcoming),
    days,
    eventsByDay,
  };
}

/** The time an incident covers: from its first update to its resolution, or on while it is open. */
function incidentSpan(incident: IncidentAt): Span {
  const start = startOf(incident);
  return { start, end: incident.open ? Number.POSITIVE_INFINITY : start + incident.durationMinutes * 60_000 };
}

/** When each incident started, parsed once (sorting thousands of incidents asks again and again). */
const starts = new WeakMap<IncidentAt, number>();

/** When an incident started: its first update, as written. */
function startOf(incident: IncidentAt): number {
  let start = starts.get(incident);
  if (start === undefined) {
    start = Date.parse(incident.data.updates[0]?.at ?? '') || 0;
    starts.set(incident, start);
  }
  return start;
}

/** The page that lists one day's incidents and maintenance, where that day's bars link. */
export function dayPagePath(day: string): string {
  return `/status/days/${day}/`;
}
