import { describe, expect, it } from 'vitest';
import { causeTable, incidentsMatching } from '../../src/domain/status/incident-counts.ts';
import { formatUptime, uptimeOverPeriod } from '../../src/domain/status/uptime.ts';
import type { Incident } from '../../src/schemas/incident.ts';

const incident = (at: string, impact: Incident['impact'], cause?: Incident['cause']) => ({
  impact,
  ...(cause ? { cause } : {}),
  updates: [{ at, status: 'resolved' as const, message: 'Fixed.', components: [] }],
});
const record = [
  incident('2026-08-01T06:30:00Z', 'minor', 'change'), // July 31, 11:30 pm in Los Angeles
  incident('2026-08-01T08:00:00Z', 'major', 'damage'), // August 1, 1 am there
  incident('2026-09-10T12:00:00Z', 'critical', 'power'),
  incident('2026-09-11T12:00:00Z', 'minor', 'change'),
  incident('2026-10-01T06:59:00Z', 'minor'), // September 30, 11:59 pm
];
const tz = 'America/Los_Angeles';

describe('incidentsMatching', () => {
  it('counts by the day the incident started in the site time zone', () => {
    expect(incidentsMatching(record, { from: '2026-08-01', to: '2026-09-30' }, tz)).toHaveLength(4);
    expect(incidentsMatching(record, { from: '2026-08-01', to: '2026-09-30' }, 'UTC')).toHaveLength(4);
    expect(incidentsMatching(record, { from: '2026-07-31', to: '2026-07-31' }, tz)).toHaveLength(1);
  });
  it('narrows by impact and worse, and by cause', () => {
    const period = { from: '2026-08-01', to: '2026-09-30' };
    expect(incidentsMatching(record, { ...period, minImpact: 'major' }, tz)).toHaveLength(2);
    expect(incidentsMatching(record, { ...period, cause: 'change' }, tz)).toHaveLength(1);
  });
});

describe('causeTable', () => {
  it('lists the causes found in a fixed order, and the unknown last', () => {
    expect(causeTable(record, { from: '2026-08-01', to: '2026-09-30' }, tz)).toEqual([
      { cause: 'change', label: 'Our own configuration or software changes', count: 1 },
      { cause: 'damage', label: 'Damage by others, such as digging', count: 1 },
      { cause: 'power', label: 'Power', count: 1 },
      { cause: undefined, label: 'Not known yet', count: 1 },
    ]);
  });
});

describe('uptimeOverPeriod', () => {
  const day = (iso: string) => Date.parse(iso);
  // A day of outage, 2026-09-10 in Los Angeles (07:00Z to 07:00Z next day).
  const timeline = [
    { start: day('2026-09-10T07:00:00Z'), end: day('2026-09-11T07:00:00Z'), status: 'major_outage' as const },
  ];
  it('counts the local days given, both included', () => {
    const value = uptimeOverPeriod(
      timeline,
      { from: '2026-09-01', to: '2026-09-10' },
      tz,
      day('2027-01-01T00:00:00Z'),
      0,
    );
    expect(value).toBeCloseTo(9 / 10, 10);
  });
  it('stops at now and starts at the first day of service', () => {
    const now = day('2026-09-11T07:00:00Z'); // the end of 10 September there
    const since = day('2026-09-06T07:00:00Z'); // 6 September there
    expect(uptimeOverPeriod(timeline, { from: '2026-09-01', to: '2026-09-30' }, tz, now, since)).toBeCloseTo(4 / 5, 10);
  });
  it('is shown rounded down, so that any downtime shows', () => {
    expect(formatUptime(0.99999, 'en-US')).toBe('99.99%');
    expect(formatUptime(1, 'en-US')).toBe('100.00%');
  });
});
