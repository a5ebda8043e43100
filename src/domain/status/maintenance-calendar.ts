/**
 * Planned maintenance as an iCalendar file (`/status/maintenance.ics`), for
 * calendar apps to subscribe to: one event per window, with the affected
 * components and the latest update. Written with `ical-generator`, which
 * handles RFC 5545's escaping and line folding. Every time in it comes from
 * the record, never the clock, so the same record gives the same file.
 */
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { MaintenanceAt } from './status-snapshot.ts';

export interface CalendarSite {
  name: string;
  url: string;
}

/** The calendar of every maintenance window, soonest first, with `componentName` naming each affected component. */
export function maintenanceCalendar(
  site: CalendarSite,
  maintenances: readonly MaintenanceAt[],
  componentName: (id: string) => string,
): string {
  const url = (path: string) => new URL(path, site.url).href;
  const host = new URL(site.url).host;
  const calendar = new ICalCalendar({
    name: `${site.name} planned maintenance`,
    description: `Every maintenance window ${site.name} plans, from its status page.`,
    prodId: { company: site.name, product: 'Status', language: 'EN' },
    url: url('/status/maintenance.ics'),
    source: url('/status/maintenance.ics'),
    // Calendar apps that honour it look again every hour.
    ttl: 60 * 60,
  });
  for (const maintenance of maintenances) {
    const { data } = maintenance;
    const latest = maintenance.posted.at(-1);
    const page = url(`/status/maintenance/${maintenance.id}/`);
    const affected = data.components.map(componentName).join(', ');
    calendar.createEvent({
      id: `${maintenance.id}@${host}`,
      start: new Date(data.scheduledStart),
      end: new Date(data.scheduledEnd),
      // Changed whenever an update is posted, so calendars replace the event they hold.
      stamp: new Date(latest?.at ?? data.updates[0]?.at ?? data.scheduledStart),
      sequence: maintenance.posted.length,
      summary: `${site.name} maintenance: ${data.title}`,
      description: [`Affects: ${affected}.`, latest?.message, page].filter(Boolean).join('\n\n'),
      url: page,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
