/**
 * Counts from the incident record for prose: how many incidents a period
 * had, how many were major, what caused them. `<IncidentCount>` and
 * `<IncidentCauses>` show these in papers, so that a review of the year
 * cannot disagree with the status history it reviews.
 */
import type { Incident, IncidentCause } from '../../schemas/incident.ts';
import { localDay } from './uptime.ts';

/** Each cause as a reader sees it, in the order the table lists them. */
export const causeLabels: Readonly<Record<IncidentCause, string>> = {
  change: 'Our own configuration or software changes',
  equipment: 'Equipment failure',
  damage: 'Damage by others, such as digging',
  supplier: 'Problems at suppliers',
  power: 'Power',
  other: 'Other causes',
};

/** What the table says for incidents whose cause is not known yet. */
export const unknownCauseLabel = 'Not known yet';

const impactRank: Readonly<Record<Incident['impact'], number>> = { none: 0, minor: 1, major: 2, critical: 3 };

/** Which incidents to count. */
export interface IncidentQuery {
  /** The first day counted, `YYYY-MM-DD`, in the site's time zone. */
  from: string;
  /** The last day counted, `YYYY-MM-DD`, inclusive. */
  to: string;
  /** Only incidents of this impact or worse. */
  minImpact?: Incident['impact'];
  /** Only incidents with this cause. */
  cause?: IncidentCause;
}

type CountedIncident = Pick<Incident, 'impact' | 'cause' | 'updates'>;

/** The local day of each first update, by time zone: a paper counts the same thousands of incidents several times. */
const startDays = new Map<string, WeakMap<object, string>>();

function startDay(first: { at: string }, timeZone: string): string {
  let days = startDays.get(timeZone);
  if (days === undefined) startDays.set(timeZone, (days = new WeakMap()));
  let day = days.get(first);
  if (day === undefined) {
    day = localDay(Date.parse(first.at), timeZone);
    days.set(first, day);
  }
  return day;
}

/** The incidents that started between `from` and `to` (by their first update, in `timeZone`) and match the query. */
export function incidentsMatching<T extends CountedIncident>(
  incidents: readonly T[],
  query: IncidentQuery,
  timeZone: string,
): T[] {
  return incidents.filter((incident) => {
    const first = incident.updates[0];
    if (first === undefined) return false;
    const day = startDay(first, timeZone);
    if (day < query.from || day > query.to) return false;
    if (query.minImpact !== undefined && impactRank[incident.impact] < impactRank[query.minImpact]) return false;
    return query.cause === undefined || incident.cause === query.cause;
  });
}

/** One row of the causes table. */
export interface CauseRow {
  cause: IncidentCause | undefined;
  label: string;
  count: number;
}

/** How many incidents of the period had each cause, in `causeLabels` order; causes with none are left out. */
export function causeTable(incidents: readonly CountedIncident[], query: IncidentQuery, timeZone: string): CauseRow[] {
  const counts = new Map<IncidentCause | undefined, number>();
  for (const incident of incidentsMatching(incidents, query, timeZone)) {
    counts.set(incident.cause, (counts.get(incident.cause) ?? 0) + 1);
  }
  const rows: CauseRow[] = (Object.keys(causeLabels) as IncidentCause[]).flatMap((cause) => {
    const count = counts.get(cause) ?? 0;
    return count === 0 ? [] : [{ cause, label: causeLabels[cause], count }];
  });
  const unknown = counts.get(undefined) ?? 0;
  return unknown === 0 ? rows : [...rows, { cause: undefined, label: unknownCauseLabel, count: unknown }];
}
