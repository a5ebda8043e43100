import { describe, expect, it } from 'vitest';
import { maintenancePhases, statusPagePhases } from '../../src/domain/status/maintenance-phases.ts';
import { statusSnapshot, type StatusRecord } from '../../src/domain/status/status-snapshot.ts';
import type { StoredComponent } from '../../src/schemas/component.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import type { Maintenance } from '../../src/schemas/maintenance.ts';
import { upgrade } from '../helpers/status-fixtures.ts';

const at = (time: string) => `2026-12-02T${time}:00.000Z`;
/** The maintenance as the snapshot knows it at `now`: its updates posted by then. */
const known = (maintenance: Maintenance, now: Date) => ({
  data: maintenance,
  posted: maintenance.updates.filter((update) => Date.parse(update.at) <= now.getTime()),
});
const phasesAt = (maintenance: Maintenance, time: string) =>
  maintenancePhases(known(maintenance, new Date(at(time))), new Date(at(time))).map((p) => [p.from, p.value]);

describe('maintenancePhases', () => {
  it('before its window, without updates: in progress at its start, completed at its end', () => {
    expect(phasesAt(upgrade(), '09:00')).toEqual([
      [at('09:00'), 'scheduled'],
      [at('10:00'), 'in_progress'],
      [at('12:00'), 'completed'],
    ]);
  });

  it('during its window, without updates: completed at its end', () => {
    expect(phasesAt(upgrade(), '11:00')).toEqual([
      [at('11:00'), 'in_progress'],
      [at('12:00'), 'completed'],
    ]);
  });

  it('during its window, started by an update: still completed by the clock at its end', () => {
    expect(phasesAt(upgrade(['10:05', 'in_progress']), '11:00')).toEqual([
      [at('11:00'), 'in_progress'],
      [at('12:00'), 'completed'],
    ]);
  });

  it('during its window, completed early by an update: nothing more to change', () => {
    expect(phasesAt(upgrade(['10:05', 'in_progress'], ['10:40', 'completed']), '11:00')).toEqual([
      [at('11:00'), 'completed'],
    ]);
  });

  it('verifying, by an update: the clock never ends it', () => {
    expect(phasesAt(upgrade(['11:50', 'verifying']), '11:55')).toEqual([[at('11:55'), 'verifying']]);
  });

  it('after its window: completed, with nothing to come', () => {
    expect(phasesAt(upgrade(), '13:00')).toEqual([[at('13:00'), 'completed']]);
  });

  it('follows only the updates posted by the build, not those dated after it', () => {
    // The completion at 10:30 is not on the page built at 09:00: the page moves on by the clock alone.
    expect(phasesAt(upgrade(['10:30', 'completed']), '09:00')).toEqual([
      [at('09:00'), 'scheduled'],
      [at('10:00'), 'in_progress'],
      [at('12:00'), 'completed'],
    ]);
  });
});

const component = (id: string, order: number): StoredComponent => ({
  id,
  name: id.toUpperCase(),
  description: `${id} d`,
  since: '2025-01-01',
  group: { id: 'all', name: 'All' },
  order,
});
/** The portal degraded from 2 December 08:00, never resolved. */
const slowPortal: Incident = {
  title: 'Portal slow',
  impact: 'minor',
  updates: [
    {
      at: at('08:00'),
      status: 'investigating',
      message: 'Looking.',
      components: [{ id: 'portal', status: 'degraded_performance' }],
    },
  ],
};
const record = (now: string, maintenances: Maintenance[], incidents: Incident[] = []): StatusRecord => ({
  site: { name: 'Harbor', url: 'https://example.test', timeZone: 'UTC' },
  components: [component('north', 0), component('portal', 1)],
  incidents: incidents.map((data, i) => ({ id: `incident-${i}`, data, hasPostmortem: false })),
  maintenances: maintenances.map((data, i) => ({ id: `maintenance-${i}`, data })),
  now: new Date(now),
});
const values = <T>(phases: ReadonlyArray<{ from: string; value: T }> | undefined) =>
  phases?.map((p) => [p.from, p.value]);

describe('statusPagePhases', () => {
  it('moves the maintenance, its component and the headline at the window, and nothing else', () => {
    const phases = statusPagePhases(statusSnapshot(record(at('09:00'), [upgrade()])));
    expect(values(phases.maintenances.get('maintenance-0'))).toEqual([
      [at('09:00'), 'scheduled'],
      [at('10:00'), 'in_progress'],
      [at('12:00'), 'completed'],
    ]);
    expect(values(phases.components.get('portal'))).toEqual([
      [at('09:00'), 'operational'],
      [at('10:00'), 'under_maintenance'],
      [at('12:00'), 'operational'],
    ]);
    expect(phases.components.has('north')).toBe(false);
    expect(phases.indicator.map((p) => [p.from, p.value.indicator])).toEqual([
      [at('09:00'), 'none'],
      [at('10:00'), 'maintenance'],
      [at('12:00'), 'none'],
    ]);
  });

  it('keeps a worse status from an open incident through the window: only the maintenance changes', () => {
    const phases = statusPagePhases(statusSnapshot(record(at('09:00'), [upgrade()], [slowPortal])));
    expect(phases.maintenances.size).toBe(1);
    expect(phases.components.size).toBe(0);
    expect(phases.indicator.map((p) => p.value.indicator)).toEqual(['minor']);
  });

  it('has no phases to come when every maintenance is over, and one headline: the build’s', () => {
    const phases = statusPagePhases(statusSnapshot(record(at('13:00'), [upgrade()])));
    expect(phases.maintenances.size).toBe(0);
    expect(phases.components.size).toBe(0);
    expect(phases.indicator).toEqual([
      { from: at('13:00'), value: { indicator: 'none', description: 'All systems operational' } },
    ]);
  });

  it('keeps a component under maintenance while another window on it is verifying', () => {
    const other: Maintenance = {
      ...upgrade(['09:00', 'verifying']),
      scheduledStart: at('08:00'),
      scheduledEnd: at('09:30'),
    };
    const phases = statusPagePhases(statusSnapshot(record(at('09:45'), [upgrade(), other])));
    expect(phases.maintenances.size).toBe(1);
    // Under maintenance throughout: the verifying window holds it, and the upgrade's end does not free it.
    expect(phases.components.has('portal')).toBe(false);
    expect(phases.indicator.map((p) => p.value.indicator)).toEqual(['maintenance']);
  });

  it('says at each phase what a rebuild at that moment would say, when nothing is posted after the build', () => {
    const built = record(at('09:00'), [upgrade()], []);
    const phases = statusPagePhases(statusSnapshot(built));
    for (const phase of phases.indicator) {
      const rebuilt = statusSnapshot({ ...built, now: new Date(phase.from) });
      expect(rebuilt.indicator).toEqual(phase.value);
      expect(rebuilt.componentsById.get('portal')?.status).toBe(
        phases.components.get('portal')?.find((p) => p.from === phase.from)?.value,
      );
      expect(rebuilt.maintenancesById.get('maintenance-0')?.status).toBe(
        phases.maintenances.get('maintenance-0')?.find((p) => p.from === phase.from)?.value,
      );
    }
  });
});
