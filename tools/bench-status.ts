/**
 * `npm run bench:status`: the cost of the status functions on a large
 * record, to be recorded in BENCHMARKS.md. 100 components and 10,000
 * incidents (three updates each, partial then major outage, 50 minutes) over
 * 90 days: timelines, 90 daily records and uptime per component, then the
 * whole Statuspage API. Median of 5 runs after a warm-up.
 */
import { componentTimelines } from '../src/domain/status/timeline.ts';
import { dayRecords, recentDays, uptimeOverDays } from '../src/domain/status/uptime.ts';
import { statuspageApi, type StatusRecord } from '../src/domain/status/statuspage.ts';
import { statusSnapshot } from '../src/domain/status/status-snapshot.ts';
import { parseCommandLine } from '../src/cli/command-line.ts';

parseCommandLine({
  name: 'bench:status',
  usage: `Usage: npm run bench:status

Measures the status functions on 100 components and 10,000 incidents, and
prints Markdown for BENCHMARKS.md.

Options:
  --help   show this help`,
  options: {},
});

const now = new Date('2026-11-22T00:00:00Z');
const ids = Array.from({ length: 100 }, (_, i) => `c${i}`);
const incidents: StatusRecord['incidents'] = Array.from({ length: 10_000 }, (_, i) => {
  const start = now.getTime() - (i % 90) * 86_400_000 - (i % 1440) * 60_000;
  const component = ids[i % ids.length] as string;
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  return {
    id: `i${i}`,
    hasPostmortem: false,
    data: {
      title: `Incident ${i}`,
      impact: 'major',
      updates: [
        { at: at(0), status: 'investigating', message: 'm', components: [{ id: component, status: 'partial_outage' }] },
        { at: at(20), status: 'identified', message: 'm', components: [{ id: component, status: 'major_outage' }] },
        { at: at(50), status: 'resolved', message: 'm', components: [] },
      ],
    },
  };
});
const record: StatusRecord = {
  site: { name: 'Bench', url: 'https://bench.example', timeZone: 'America/Los_Angeles' },
  components: ids.map((id, order) => ({
    id,
    name: id,
    description: 'd',
    since: '2024-01-01',
    group: { id: `g${order % 10}`, name: `Group ${order % 10}` },
    order,
  })),
  incidents,
  maintenances: [],
  now,
};

const median = (run: () => void) => {
  run();
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[2] as number;
};

const history = median(() => {
  const timelines = componentTimelines(
    ids,
    incidents.map((incident) => incident.data),
    [],
    now,
  );
  const days = recentDays(90, now, record.site.timeZone);
  for (const id of ids) {
    const timeline = timelines.get(id) ?? [];
    dayRecords(timeline, days);
    uptimeOverDays(timeline, days, 30, 0);
    uptimeOverDays(timeline, days, 90, 0);
  }
});
// The snapshot and the documents, as a build makes them.
const api = median(() => statuspageApi(statusSnapshot(record)));
console.log(`Node ${process.version}; 100 components, 10,000 incidents, 30,000 updates.`);
console.log(`| timelines, 90 daily records and 30/90-day uptime for every component | ${history.toFixed(0)} ms |`);
console.log(`| every /api/v2/ document | ${api.toFixed(0)} ms |`);
