/**
 * `npm run new:maintenance -- "<title>" --start <time> --end <time> --component <id>`:
 * announces planned work in one command, with a file every rule accepts.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildNow } from '../domain/dates.ts';
import { didYouMean } from '../domain/text/nearest.ts';
import { maintenanceAnnouncement, newMaintenanceText } from '../domain/status/maintenance-file.ts';
import { statusFileName } from '../domain/status/status-file.ts';
import { contentDir } from '../reader/content-dir.ts';
import { layoutRow } from '../reader/layout.ts';
import { singleData } from '../reader/read-content.ts';
import { TimestampSchema } from '../schemas/dates.ts';
import { parseCommandLine, usageError } from './command-line.ts';
import { keepIfAccepted, readTreeFor } from './content-writes.ts';

const name = 'new:maintenance';
const { values, positionals } = parseCommandLine({
  name,
  positionals: true,
  usage: `Usage: npm run ${name} -- "<title>" --start <time> --end <time> --component <id> [options]

Writes content/status/maintenance/<date>-<title>.md with the window and its
announcement (a "scheduled" update posted now). Times are ISO 8601 with a
time zone, such as 2026-12-02T10:00:00Z or 2026-12-02T02:00:00-08:00.

Options:
  --start <time>       when the work starts (required)
  --end <time>         when the work ends (required)
  --component <id>     a component the work affects (required; repeat for several)
  --message <text>     the announcement (default: the components and the window, in the site's time zone)
  --help               show this help`,
  options: {
    start: { type: 'string' },
    end: { type: 'string' },
    component: { type: 'string', multiple: true, default: [] },
    message: { type: 'string' },
  },
});

const root = process.cwd();
const dir = contentDir();
const title = positionals[0]?.trim();
if (title === undefined || title === '')
  usageError(name, `give the work a title: npm run ${name} -- "Upgrading the online account" --start ...`);
if (positionals.length > 1) usageError(name, 'give one title, in quotes.');
const start = timeOption('start', values.start);
const end = timeOption('end', values.end);
if (end <= start)
  usageError(name, `--end (${values.end}) must be after --start (${values.start}): the window ends after it starts.`);
if (values.component.length === 0) usageError(name, 'name at least one affected component with --component <id>.');

const tree = readTreeFor(name, root, dir);
const components = singleData(tree, 'components')?.groups.flatMap((group) => group.components);
const site = singleData(tree, 'site');
if (components === undefined || site === undefined)
  usageError(name, `${dir}/status/components.yaml or ${dir}/site.yaml has problems; run "npm run validate" first.`);
const known = new Map(components.map((component) => [component.id, component.name]));
for (const id of values.component) {
  if (!known.has(id))
    usageError(
      name,
      `there is no component "${id}" in ${dir}/status/components.yaml. ` +
        didYouMean(id, known.keys(), 'Known components'),
    );
}

const now = buildNow(process.env);
const ids = [...new Set(values.component)];
const path = resolve(root, dir, layoutRow('maintenance').base, statusFileName(title, start, 'maintenance'));
if (existsSync(path)) usageError(name, `${path} already exists; give the work another title.`);
const message =
  values.message?.trim() ??
  maintenanceAnnouncement(
    ids.map((id) => known.get(id) ?? id),
    start,
    end,
    site.locale,
    site.timeZone,
  );
writeFileSync(path, newMaintenanceText({ title, components: ids, start, end, at: now, message }));
await keepIfAccepted({ name, path }, root, dir, now, tree);

console.log(`Wrote ${path}`);
console.log(`  announced now, for ${values.start} to ${values.end}.`);
console.log('Check the message says what customers will notice and what they can do instead, then commit it.');
console.log('Add updates (in_progress, completed) to the file as the work goes on.');

/** A time option, which must be ISO 8601 with a time zone. */
function timeOption(option: string, text: string | undefined): Date {
  if (text === undefined) return usageError(name, `give --${option} <time>, such as 2026-12-02T10:00:00Z.`);
  const parsed = TimestampSchema.safeParse(text);
  if (!parsed.success) return usageError(name, `--${option}: ${parsed.error.issues[0]?.message ?? 'not a time'}`);
  return new Date(parsed.data);
}
