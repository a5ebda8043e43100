/**
 * `npm run new:incident`: an on-call engineer opens or updates an incident
 * in one command, with the current time (or SOURCE_DATE_EPOCH, or the time
 * given with --at) and a file every rule accepts.
 *
 *   npm run new:incident -- "Chat is down" --component support-lines --status investigating
 *   npm run new:incident -- --update 2026-11-22-chat-is-down --status resolved --message "Chat is back."
 *
 * The file is checked with every rule before the command ends, as the build
 * checks it; a file the build would refuse is removed (or the update undone)
 * and the problem shown, with exit code 1. Bad options exit with 2. With
 * --publish it then runs `npm run publish:status`, which writes the status
 * pages into the last full build in seconds.
 */
import './compile-cache.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNow } from '../domain/dates.ts';
import { formatMoment } from '../domain/format-date.ts';
import { didYouMean, didYouMeanQuestion } from '../domain/text/nearest.ts';
import { appendUpdateText, impactFor, newIncidentText, restoredComponents } from '../domain/status/incident-file.ts';
import { postedAt, statusFileName, statusTimestamp } from '../domain/status/status-file.ts';
import { contentDir } from '../reader/content-dir.ts';
import { layoutRow } from '../reader/layout.ts';
import { entriesOf, singleData } from '../reader/read-content.ts';
import { ComponentStatusSchema, type ComponentStatus } from '../schemas/component.ts';
import { IncidentImpactSchema, IncidentStatusSchema } from '../schemas/incident.ts';
import { parseCommandLine, usageError } from './command-line.ts';
import { keepIfAccepted, readTreeFor } from './content-writes.ts';

const name = 'new:incident';
const { values, positionals } = parseCommandLine({
  name,
  positionals: true,
  usage: `Usage: npm run ${name} -- "<title>" --component <id> [options]
       npm run ${name} -- --update <incident id> --status <status> --message "<text>" [options]

Opens an incident in content/status/incidents/, or adds an update to one.

Options:
  --component <id>            a component the incident affects (repeat for several)
  --component-status <status> what they are from now on: operational, degraded_performance,
                              partial_outage, major_outage, under_maintenance
                              (default: partial_outage; on resolved, every affected component
                              goes back to operational)
  --status <status>           investigating | identified | monitoring | resolved (default: investigating)
  --impact <impact>           none | minor | major | critical (default: from the component status)
  --message <text>            what customers should know (default on a new incident: a plain first message)
  --update <incident id>      add an update to this incident instead of opening a new one
  --at <time>                 when the update was posted, if not now: an ISO 8601 time with a zone
                              (2026-11-22T14:05:00-08:00) or a clock time today in the site's time zone (14:05)
  --publish                   then write the status pages into the last full build (npm run publish:status)
  --help                      show this help`,
  options: {
    component: { type: 'string', multiple: true, default: [] },
    'component-status': { type: 'string' },
    status: { type: 'string', default: 'investigating' },
    impact: { type: 'string' },
    message: { type: 'string' },
    update: { type: 'string' },
    at: { type: 'string' },
    publish: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const dir = contentDir();
const status = IncidentStatusSchema.safeParse(values.status);
if (!status.success)
  usageError(
    name,
    `--status must be one of ${IncidentStatusSchema.options.join(', ')}, not "${values.status}". ` +
      didYouMeanQuestion(values.status, IncidentStatusSchema.options),
  );
const resolving = status.data === 'resolved';
const componentStatus: ComponentStatus = (() => {
  if (values['component-status'] === undefined) {
    if (resolving) return 'operational';
    // On an update, a component's status is a decision, never a guess.
    if (values.update !== undefined && values.component.length > 0)
      usageError(name, 'say what the components are now with --component-status <status>.');
    return 'partial_outage';
  }
  const parsed = ComponentStatusSchema.safeParse(values['component-status']);
  if (!parsed.success)
    usageError(
      name,
      `--component-status must be one of ${ComponentStatusSchema.options.join(', ')}, ` +
        `not "${values['component-status']}". ` +
        didYouMeanQuestion(values['component-status'], ComponentStatusSchema.options),
    );
  if (resolving && parsed.data !== 'operational')
    usageError(name, 'a resolved incident leaves its components operational: leave out --component-status.');
  return parsed.data;
})();

// Components are checked here, so that a typo is caught before anything is written.
const tree = readTreeFor(name, root, dir);
const known = tree.ids.components;
if (known.size === 0) usageError(name, `cannot read the components in ${dir}/status/components.yaml.`);
for (const id of values.component) {
  if (!known.has(id))
    usageError(
      name,
      `there is no component "${id}" in ${dir}/status/components.yaml. ${didYouMean(id, known, 'Known components')}`,
    );
}

const now = buildNow(process.env);
const site = singleData(tree, 'site');
const timeZone = site?.timeZone ?? 'UTC';
const at = values.at === undefined ? now : updateTime(values.at);
const named = values.component.map((id) => ({ id, status: componentStatus }));
let path: string;
let previous: string | undefined;
if (values.update !== undefined) {
  const id = values.update.replace(/\.mdx?$/, '');
  const incident = entriesOf(tree, 'incident').find((entry) => entry.id === id);
  if (incident === undefined)
    usageError(
      name,
      `there is no incident "${id}" in ${join(dir, layoutRow('incident').base)}. ` +
        didYouMean(
          id,
          entriesOf(tree, 'incident').map((entry) => entry.id),
          'Incidents',
        ),
    );
  if (incident.data === undefined)
    usageError(name, `${incident.source.file} has problems; run "npm run validate" and fix them first.`);
  if (values.message === undefined) usageError(name, 'an update needs --message "what customers should know".');
  const last = incident.data.updates.at(-1)?.at;
  if (last !== undefined && at.getTime() < Date.parse(last))
    usageError(name, `--at ${values.at} is before the incident's last update (${describe(new Date(last))}).`);
  path = resolve(root, incident.source.file);
  // Kept as it was, byte-order mark and all, to put back if the update is refused.
  previous = (incident.source.bom ? '\uFEFF' : '') + incident.source.text;
  const components = resolving ? restoredComponents(incident.data, values.component) : named;
  writeFileSync(
    path,
    appendUpdateText(incident.source.text, { at, status: status.data, message: values.message, components }),
  );
} else {
  const title = positionals[0];
  if (title === undefined || title.trim() === '')
    usageError(name, `give the incident a title: npm run ${name} -- "What customers notice" --component <id>`);
  if (named.length === 0) usageError(name, 'name at least one affected component with --component <id>.');
  const impact = values.impact ?? impactFor[componentStatus];
  const impacts: readonly string[] = IncidentImpactSchema.options;
  if (!impacts.includes(impact))
    usageError(name, `--impact must be ${impacts.join(', ')}, not "${impact}". ${didYouMeanQuestion(impact, impacts)}`);
  path = join(resolve(root, dir), layoutRow('incident').base, statusFileName(title, at, 'incident'));
  if (existsSync(path)) usageError(name, `${path} already exists; add to it with --update.`);
  const message =
    values.message ?? 'We know about this problem and are finding out why. We will post an update within 30 minutes.';
  writeFileSync(
    path,
    newIncidentText(title.trim(), impact as 'none', { at, status: status.data, message, components: named }),
  );
}

await keepIfAccepted({ name, path, previous }, root, dir, now, tree);
console.log(`${previous === undefined ? 'Wrote' : 'Updated'} ${path}`);
if (values.at !== undefined) console.log(`  the update is stamped ${describe(at)}.`);
if (resolving) console.log('  every affected component is back to operational in this update.');
if (values.publish) {
  // The same command an editor would run next, in its own process: it reads the content again and checks it.
  const published = spawnSync(process.execPath, [fileURLToPath(new URL('./publish-status.ts', import.meta.url))], {
    stdio: 'inherit',
  });
  if (published.status !== 0) {
    console.error(`${name}: the file is written, but publishing failed; run "npm run publish:status" again.`);
    process.exit(published.status ?? 1);
  }
  console.log('Commit and push it too: the next full build writes the same pages.');
} else {
  console.log('Commit and push it: the status page, the API and the feed update with the next build.');
  console.log('To update a built site now, run "npm run publish:status" (or add --publish next time).');
}

/** The time given with --at, which must be a real time, not in the future. */
function updateTime(text: string): Date {
  const moment = postedAt(text, now, timeZone);
  if (moment === undefined)
    return usageError(
      name,
      `--at takes an ISO 8601 time with a zone (2026-11-22T14:05:00Z) or a clock time (14:05), not "${text}".`,
    );
  if (moment.getTime() > now.getTime())
    usageError(name, `--at ${text} is ${describe(moment)}, which is in the future (it is now ${describe(now)}).`);
  return moment;
}

/** A moment for the engineer: UTC as the file writes it, and the site's local time. */
function describe(moment: Date): string {
  const local = formatMoment(moment.toISOString(), site?.locale ?? 'en-US', timeZone);
  return `${statusTimestamp(moment)}, ${local}`;
}
