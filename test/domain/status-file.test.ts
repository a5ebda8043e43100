import { describe, expect, it } from 'vitest';
import { postedAt, statusFileName } from '../../src/domain/status/status-file.ts';

const now = new Date('2026-11-22T00:00:00Z'); // 16:00 on 21 November in Los Angeles

describe('postedAt', () => {
  it.each([
    ['a clock time, today in the zone', '14:05', 'America/Los_Angeles', '2026-11-21T22:05:00.000Z'],
    ['a clock time with one hour digit', '9:30', 'America/Los_Angeles', '2026-11-21T17:30:00.000Z'],
    ['a clock time in a zone east of UTC', '00:30', 'Europe/Berlin', '2026-11-21T23:30:00.000Z'],
    ['an ISO time with an offset', '2026-11-21T14:05:00-08:00', 'UTC', '2026-11-21T22:05:00.000Z'],
  ])('reads %s', (_, text, zone, expected) => {
    expect(postedAt(text, now, zone)?.toISOString()).toBe(expected);
  });

  it('crosses a clock change: 03:00 on the day summer time ends is in standard time', () => {
    // Clocks in Los Angeles went back at 02:00 on 2026-11-01.
    expect(postedAt('03:00', new Date('2026-11-01T20:00:00Z'), 'America/Los_Angeles')?.toISOString()).toBe(
      '2026-11-01T11:00:00.000Z',
    );
  });

  it.each(['24:00', '14:5', 'now', '2026-11-21T14:05:00', '2026-02-30T10:00:00Z'])('refuses "%s"', (text) => {
    expect(postedAt(text, now, 'America/Los_Angeles')).toBeUndefined();
  });
});

describe('statusFileName', () => {
  it('names the file after the UTC day and the title, or the kind when the title has no letters', () => {
    expect(statusFileName('Replacing DNS servers', now, 'maintenance')).toBe('2026-11-22-replacing-dns-servers.md');
    expect(statusFileName('¿¿', now, 'maintenance')).toBe('2026-11-22-maintenance.md');
  });
});
