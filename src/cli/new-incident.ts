/**
 * `npm run new:incident`: an on-call engineer opens or updates an incident
 * in one command, with the current time (or SOURCE_DATE_EPOCH) and a file
 * every rule accepts.
 *
 *   npm run new:incident -- "Chat is down" --component support-lines --status investigating
 *   npm run new:incident -- --update 2026-11-22-chat-is-down --status resolved --message "Chat is back."
 *
 * Options:
 *   --component <id>            a component the incident affects (repeat for several)
 *   --component-status <status> what they are from now on (default: partial_outage; resolved: operational)
 *   --status <status>           investigating | identified | monitoring | resolved (default: investigating)
 *   --impact <impact>           none | minor | major | critical (default: from the component status)
 *   --message <text>            what customers should know (default: a plain first message)
 *   --update <incident id>      add an update to this incident instead of opening a new one
 *
 * The file is checked with every rule before the command ends, as the
 * build checks it; a file
 * the build would refuse is removed (or the update undone) and the problem
 * shown, with exit code 1. Bad options exit with 2.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildNow } from '../domain/dates.ts';
import { appendUpdateText, impactFor, incidentFileName, newIncidentText } from '../domain/status/incident-file.ts';
import { contentDir } from '../reader/content-dir.ts';
import { layoutRow } from '../reader/layout.ts';
import { entriesOf, readContent } from '../reader/read-content.ts';
import { checkContentTree } from '../rules/check-content.ts';
import { formatStylish } from '../rules/format/stylish.ts';
import { ComponentStatusSchema, type ComponentStatus } from '../schemas/component.ts';
import { IncidentStatusSchema } from '../schemas/incident.ts';

function fail(message: string): never {
  console.error(`new:incident: ${message}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        component: { type: 'string', multiple: true, default: [] },
        'component-status': { type: 'string' },
        status: { type: 'string', default: 'investigating' },
        impact: { type: 'string' },
        message: { type: 'string' },
        update: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

const root = process.cwd();
const dir = contentDir();
const status = IncidentStatusSchema.safeParse(values.status);
if (!status.success)
  fail(`--status must be one of ${IncidentStatusSchema.options.join(', ')}, not "${values.status}".`);
const componentStatus: ComponentStatus = (() => {
  if (values['component-status'] === undefined) {
    if (status.data === 'resolved') return 'operational';
    // On an update, a component's status is a decision, never a guess.
    if (values.update !== undefined && values.component.length > 0)
      fail('say what the components are now with --component-status <status>.');
    return 'partial_outage';
  }
  const parsed = ComponentStatusSchema.safeParse(values['component-status']);
  return parsed.success
    ? parsed.data
    : fail(
        `--component-status must be one of ${ComponentStatusSchema.options.join(', ')}, ` +
          `not "${values['component-status']}".`,
      );
})();

// Components are checked here, so that a typo is caught before anything is written.
const tree = (() => {
  try {
    return readContent(root, dir);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const known = tree.ids.components;
if (known.size === 0) fail(`cannot read the components in ${dir}/status/components.yaml.`);
for (const id of values.component) {
  if (!known.has(id))
    fail(`there is no component "${id}" in ${dir}/status/components.yaml. Known: ${[...known].sort().join(', ')}.`);
}

const now = buildNow(process.env);
const components = values.component.map((id) => ({ id, status: componentStatus }));
let path: string;
let previous: string | undefined;
if (values.update !== undefined) {
  const id = values.update.replace(/\.mdx?$/, '');
  const incident = entriesOf(tree, 'incident').find((entry) => entry.id === id);
  if (incident === undefined) fail(`there is no incident "${id}" in ${join(dir, layoutRow('incident').base)}.`);
  if (values.message === undefined) fail('an update needs --message "what customers should know".');
  path = resolve(root, incident.source.file);
  // Kept as it was, byte-order mark and all, to put back if the update is refused.
  previous = (incident.source.bom ? '\uFEFF' : '') + incident.source.text;
  writeFileSync(
    path,
    appendUpdateText(incident.source.text, { at: now, status: status.data, message: values.message, components }),
  );
} else {
  const title = positionals[0];
  if (title === undefined || title.trim() === '')
    fail('give the incident a title: npm run new:incident -- "What customers notice" --component <id>');
  if (components.length === 0) fail('name at least one affected component with --component <id>.');
  const impact = values.impact ?? impactFor[componentStatus];
  if (!['none', 'minor', 'major', 'critical'].includes(impact))
    fail(`--impact must be none, minor, major or critical, not "${impact}".`);
  path = join(resolve(root, dir), layoutRow('incident').base, incidentFileName(title, now));
  if (existsSync(path)) fail(`${path} already exists; add to it with --update.`);
  const message =
    values.message ?? 'We know about this problem and are finding out why. We will post an update within 30 minutes.';
  writeFileSync(
    path,
    newIncidentText(title.trim(), impact as 'none', { at: now, status: status.data, message, components }),
  );
}

// Every rule, as the build runs them, on the tree with the new file.
const checked = await checkContentTree(readContent(root, dir), { now });
const mine = checked.files.filter((file) => resolve(root, file.path) === path);
if (mine.some((file) => file.diagnostics.some((d) => d.severity === 'error'))) {
  if (previous === undefined) rmSync(path);
  else writeFileSync(path, previous);
  console.error(formatStylish(mine));
  console.error(
    'new:incident: the build would refuse this, so ' +
      `${previous === undefined ? 'the file was not kept' : 'the update was undone'}.`,
  );
  process.exit(1);
}
console.log(`${previous === undefined ? 'Wrote' : 'Updated'} ${path}`);
console.log('Commit and push it: the status page, the API and the feed update with the next build.');
