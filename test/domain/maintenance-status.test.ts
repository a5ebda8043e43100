import { describe, expect, it } from 'vitest';
import { maintenanceCourse, maintenanceStatusAt } from '../../src/domain/status/maintenance-status.ts';
import type { Maintenance, MaintenanceStatus } from '../../src/schemas/maintenance.ts';

/** A maintenance planned for 10:00 to 12:00 on 2 December, announced on 18 November, with these updates after. */
const planned = (...updates: Array<[string, MaintenanceStatus]>): Maintenance => ({
  title: 'Upgrade',
  components: ['portal'],
  scheduledStart: '2026-12-02T10:00:00.000Z',
  scheduledEnd: '2026-12-02T12:00:00.000Z',
  updates: [
    { at: '2026-11-18T17:00:00.000Z', status: 'scheduled', message: 'm' },
    ...updates.map(([time, status]) => ({ at: `2026-12-02T${time}:00.000Z`, status, message: 'm' })),
  ],
});
const at = (time: string) => new Date(`2026-12-02T${time}:00Z`);
const t = (time: string) => at(time).getTime();

describe('maintenanceStatusAt', () => {
  it.each([
    ['before its window, announced', planned(), '09:59', 'scheduled'],
    ['at its scheduled start, by the clock', planned(), '10:00', 'in_progress'],
    ['in its window without an update', planned(), '11:00', 'in_progress'],
    ['at its scheduled end, by the clock', planned(), '12:00', 'completed'],
    ['after its window, by the clock', planned(), '13:00', 'completed'],
    ['in progress after its window: the clock completes it', planned(['10:00', 'in_progress']), '12:30', 'completed'],
    ['completed early by an update', planned(['10:40', 'completed']), '11:00', 'completed'],
    ['started early by an update', planned(['09:30', 'in_progress']), '09:45', 'in_progress'],
    ['verifying in its window', planned(['11:50', 'verifying']), '11:55', 'verifying'],
    ['verifying after its window: the clock never ends it', planned(['11:50', 'verifying']), '12:30', 'verifying'],
    ['verifying, then completed', planned(['11:50', 'verifying'], ['12:40', 'completed']), '13:00', 'completed'],
    ['verifying posted after the clock completed it', planned(['12:10', 'verifying']), '12:30', 'verifying'],
    ['still in progress, posted at the scheduled end', planned(['12:00', 'in_progress']), '12:30', 'in_progress'],
    ['called off before its window', planned(['09:00', 'completed']), '11:00', 'completed'],
    ['with its completion posted after now', planned(['10:40', 'completed']), '10:30', 'in_progress'],
  ] as const)('%s', (_, maintenance, time, status) => {
    expect(maintenanceStatusAt(maintenance, at(time))).toBe(status);
  });
});

describe('maintenanceCourse', () => {
  it('is under way from the scheduled start to an early completion', () => {
    expect(maintenanceCourse(planned(['10:40', 'completed']), at('13:00'))).toEqual({
      status: 'completed',
      underWay: [{ start: t('10:00'), end: t('10:40') }],
      completedAt: t('10:40'),
    });
  });
  it('is completed by the clock at the scheduled end when nobody posts', () => {
    expect(maintenanceCourse(planned(), at('13:00'))).toEqual({
      status: 'completed',
      underWay: [{ start: t('10:00'), end: t('12:00') }],
      completedAt: t('12:00'),
    });
  });
  it('stays under way while verifying, past the window, until it is completed', () => {
    expect(maintenanceCourse(planned(['11:50', 'verifying']), at('12:30'))).toEqual({
      status: 'verifying',
      underWay: [{ start: t('10:00'), end: Number.POSITIVE_INFINITY }],
      completedAt: undefined,
    });
    expect(maintenanceCourse(planned(['11:50', 'verifying'], ['12:40', 'completed']), at('13:00')).underWay).toEqual([
      { start: t('10:00'), end: t('12:40') },
    ]);
  });
  it('is under way again when verifying is posted after the clock completed it', () => {
    expect(maintenanceCourse(planned(['12:10', 'verifying']), at('12:30')).underWay).toEqual([
      { start: t('10:00'), end: t('12:00') },
      { start: t('12:10'), end: Number.POSITIVE_INFINITY },
    ]);
  });
  it('is never under way when it is called off before its window', () => {
    expect(maintenanceCourse(planned(['09:00', 'completed']), at('13:00'))).toEqual({
      status: 'completed',
      underWay: [],
      completedAt: t('09:00'),
    });
  });
  it('starts when an early start is posted', () => {
    expect(maintenanceCourse(planned(['09:30', 'in_progress']), at('09:45')).underWay).toEqual([
      { start: t('09:30'), end: Number.POSITIVE_INFINITY },
    ]);
  });
});
