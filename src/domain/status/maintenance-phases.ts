/**
 * What the status pages will say after the build, as the clock moves on and
 * nobody rebuilds: the page is static, so it carries its own schedule and a
 * small script (src/scripts/status-clock.ts) switches to each phase when its
 * time comes.
 *
 * Only the clock's own transitions are followed (see maintenance-status.ts):
 * a maintenance goes in progress at its scheduled start and is completed at
 * its scheduled end, unless an update posted by the build said otherwise.
 * Updates dated after the build are not followed: their words are not on
 * the page yet, so a page that moved on by them would state what it cannot
 * show. A rebuild shows them; until then the page says when it was built.
 */
import type { ComponentStatus } from '../../schemas/component.ts';
import type { MaintenanceStatus } from '../../schemas/maintenance.ts';
import { pageIndicator, worseStatus, type PageIndicator } from './component-status.ts';
import { isUnderWay, maintenanceStatusAt } from './maintenance-status.ts';
import type { MaintenanceAt, StatusSnapshot } from './status-snapshot.ts';
import { statusAt, timelinesFrom } from './timeline.ts';

/** One stretch of what a page says: `value` holds from `from` (an ISO 8601 instant) until the next phase's `from`. */
export interface Phase<T> {
  from: string;
  value: T;
}

/** What /status/ will say from the build on: only the parts that change by the clock are listed. */
export interface StatusPagePhases {
  /** For each maintenance that changes by the clock after the build, its statuses, the first at the build. */
  maintenances: ReadonlyMap<string, Array<Phase<MaintenanceStatus>>>;
  /** For each component whose status changes when a window starts or ends, its statuses, the first at the build. */
  components: ReadonlyMap<string, Array<Phase<ComponentStatus>>>;
  /** The headline, the first at the build; one phase when it never changes by the clock. */
  indicator: Array<Phase<PageIndicator>>;
}

/** What a maintenance in the snapshot knows at the build: its window and the updates posted by then. */
type KnownMaintenance = Pick<MaintenanceAt, 'data' | 'posted'>;

/** The moments after `now` at which the clock may move a maintenance: its scheduled start and end. */
function clockMoments(maintenance: KnownMaintenance, now: Date): number[] {
  return [maintenance.data.scheduledStart, maintenance.data.scheduledEnd]
    .map((iso) => Date.parse(iso))
    .filter((moment) => moment > now.getTime());
}

/** A maintenance's status at a moment after the build, from the updates the build knows and the clock. */
function knownStatusAt(maintenance: KnownMaintenance, moment: number): MaintenanceStatus {
  return maintenanceStatusAt({ ...maintenance.data, updates: maintenance.posted }, new Date(moment));
}

/** Keeps the first phase and each one that says something new, in time order. */
function changes<T>(moments: readonly number[], valueAt: (moment: number) => T, same: (a: T, b: T) => boolean) {
  const phases: Array<Phase<T>> = [];
  for (const moment of [...new Set(moments)].sort((a, b) => a - b)) {
    const value = valueAt(moment);
    const last = phases.at(-1);
    if (last === undefined || !same(last.value, value)) phases.push({ from: new Date(moment).toISOString(), value });
  }
  return phases;
}

/**
 * The statuses a maintenance passes through from `now` by the clock alone,
 * the first being its status at `now`: one phase when nothing changes.
 */
export function maintenancePhases(maintenance: KnownMaintenance, now: Date): Array<Phase<MaintenanceStatus>> {
  return changes(
    [now.getTime(), ...clockMoments(maintenance, now)],
    (moment) => knownStatusAt(maintenance, moment),
    (a, b) => a === b,
  );
}

/**
 * Everything on /status/ that changes by the clock after the build: the
 * maintenance list, the component statuses and the headline. A component's
 * status at a later moment is the worse of what its open incidents say now
 * (they say it until someone posts, which only a rebuild shows) and "under
 * maintenance" while one of its maintenances is under way.
 */
export function statusPagePhases(snapshot: StatusSnapshot): StatusPagePhases {
  const { now } = snapshot;
  const moving = snapshot.maintenances.filter((maintenance) => maintenancePhases(maintenance, now).length > 1);
  const moments = [now.getTime(), ...moving.flatMap((maintenance) => clockMoments(maintenance, now))];

  const ids = snapshot.components.map(({ component }) => component.id);
  // Resolved incidents no longer set any status, and incidents not started yet are not known: only open ones count.
  const incidentTimelines = timelinesFrom(
    ids,
    snapshot.unresolvedIncidents.map((incident) => incident.data),
    [],
    now,
  );
  // The maintenance that can hold a component under maintenance after the build: what is under way now, and what moves.
  const holding = snapshot.maintenances.filter((maintenance) => maintenance.active || moving.includes(maintenance));
  const statusesAt = (moment: number): Map<string, ComponentStatus> => {
    const underWay = new Set(
      holding
        .filter((maintenance) => isUnderWay(knownStatusAt(maintenance, moment)))
        .flatMap((maintenance) => maintenance.data.components),
    );
    return new Map(
      snapshot.components.map(({ component, status }): [string, ComponentStatus] => {
        // A component no moving maintenance touches keeps the status the build gave it.
        if (!moving.some((maintenance) => maintenance.data.components.includes(component.id)))
          return [component.id, status];
        const fromIncidents = statusAt(incidentTimelines.get(component.id) ?? [], now.getTime());
        return [
          component.id,
          underWay.has(component.id) ? worseStatus(fromIncidents, 'under_maintenance') : fromIncidents,
        ];
      }),
    );
  };
  const byMoment = new Map(moments.map((moment) => [moment, statusesAt(moment)]));

  const components = new Map<string, Array<Phase<ComponentStatus>>>();
  for (const id of ids) {
    const phases = changes(
      moments,
      (moment) => byMoment.get(moment)!.get(id)!,
      (a, b) => a === b,
    );
    if (phases.length > 1) components.set(id, phases);
  }
  return {
    maintenances: new Map(moving.map((maintenance) => [maintenance.id, maintenancePhases(maintenance, now)])),
    components,
    indicator: changes(
      moments,
      (moment) => pageIndicator(byMoment.get(moment)!.values()),
      (a, b) => a.indicator === b.indicator,
    ),
  };
}
