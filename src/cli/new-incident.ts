/**
 * `npm run new:incident`: an on-call engineer opens or updates an incident
 * in one command, with the current time (or SOURCE_DATE_EPOCH) and a file
 * the content gate accepts.
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
 * The file is checked with the content gate and the transparency check
 * before the command ends, as the build checks it; a file
 * the build would refuse is removed (or the update undone) and the problem
 * shown, with exit code 1. Bad options exit with 2.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { checkContentTreeInParallel } from '../check/check-in-parallel.ts';
import { contentDir } from '../content-dir.ts';
import { buildNow } from '../domain/dates.ts';
import { appendUpdateText, impactFor, incidentFileName, newIncidentText } from '../domain/status/incident-file.ts';
import { ComponentStatusSchema, type ComponentStatus } from '../schemas/component.ts';
import { IncidentStatusSchema } from '../schemas/incident.ts';
import { formatDiagnostics } from '../validate/format-diagnostics.ts';
import { validateContent } from '../validate/validate-content.ts';

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
        `--component-status must be one of ${ComponentStatusSchema.options.join(', ')}, not "${values['component-status']}".`,
      );
})();

// Components are checked here, so that a typo is caught before anything is written.
const known = (() => {
  try {
    const file = parse(readFileSync(join(resolve(root, dir), 'status/components.yaml'), 'utf8')) as {
      groups?: Array<{ components?: Array<{ id?: string }> }>;
    };
    return new Set(
      (file.groups ?? []).flatMap((group) => group.components ?? []).map((component) => String(component.id)),
    );
  } catch {
    return fail(`cannot read ${dir}/status/components.yaml.`);
  }
})();
for (const id of values.component) {
  if (!known.has(id))
    fail(`there is no component "${id}" in ${dir}/status/components.yaml. Known: ${[...known].sort().join(', ')}.`);
}

const now = buildNow(process.env);
const components = values.component.map((id) => ({ id, status: componentStatus }));
let path: string;
let previous: string | undefined;
if (values.update !== undefined) {
  path = join(resolve(root, dir), 'status/incidents', `${values.update.replace(/\.md$/, '')}.md`);
  if (!existsSync(path)) fail(`there is no incident file ${path}.`);
  if (values.message === undefined) fail('an update needs --message "what customers should know".');
  previous = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    appendUpdateText(previous, { at: now, status: status.data, message: values.message, components }),
  );
} else {
  const title = positionals[0];
  if (title === undefined || title.trim() === '')
    fail('give the incident a title: npm run new:incident -- "What customers notice" --component <id>');
  if (components.length === 0) fail('name at least one affected component with --component <id>.');
  const impact = values.impact ?? impactFor[componentStatus];
  if (!['none', 'minor', 'major', 'critical'].includes(impact))
    fail(`--impact must be none, minor, major or critical, not "${impact}".`);
  path = join(resolve(root, dir), 'status/incidents', incidentFileName(title, now));
  if (existsSync(path)) fail(`${path} already exists; add to it with --update.`);
  const message =
    values.message ?? 'We know about this problem and are finding out why. We will post an update within 30 minutes.';
  writeFileSync(
    path,
    newIncidentText(title.trim(), impact as 'none', { at: now, status: status.data, message, components }),
  );
}

// The gate (shape, references, timeline order) and the transparency check, as the build runs them.
// A large tree's check starts on its own threads first; the gate runs meanwhile.
const checking = checkContentTreeInParallel(root, dir, { now });
const result = validateContent(root, dir);
const checked = await checking;
const mine = [...result.diagnostics, ...checked.files.flatMap((file) => file.diagnostics)].filter(
  (d) => resolve(root, d.file) === path,
);
if (mine.some((d) => d.severity === 'error')) {
  if (previous === undefined) rmSync(path);
  else writeFileSync(path, previous);
  console.error(formatDiagnostics(mine));
  console.error(
    `new:incident: the build would refuse this, so ${previous === undefined ? 'the file was not kept' : 'the update was undone'}.`,
  );
  process.exit(1);
}
console.log(`${previous === undefined ? 'Wrote' : 'Updated'} ${path}`);
console.log('Commit and push it: the status page, the API and the feed update with the next build.');
