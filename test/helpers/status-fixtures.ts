/** Status records the domain tests share. */
import type { Maintenance, MaintenanceStatus } from '../../src/schemas/maintenance.ts';

/**
 * The portal upgrade, planned for 10:00 to 12:00 UTC on 2 December, announced
 * on 18 November, with these updates after: each at a clock time that day
 * (`11:50`) or at a full ISO time.
 */
export const upgrade = (...updates: Array<[string, MaintenanceStatus]>): Maintenance => ({
  title: 'Upgrade',
  components: ['portal'],
  scheduledStart: '2026-12-02T10:00:00.000Z',
  scheduledEnd: '2026-12-02T12:00:00.000Z',
  updates: [
    { at: '2026-11-18T17:00:00.000Z', status: 'scheduled', message: 'We will upgrade.' },
    ...updates.map(([time, status]) => ({
      at: /^\d\d:\d\d$/.test(time) ? `2026-12-02T${time}:00.000Z` : time,
      status,
      message: status,
    })),
  ],
});
