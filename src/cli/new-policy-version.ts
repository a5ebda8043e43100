/**
 * `npm run new:policy-version -- <policy>`: starts a new version of a policy
 * as a copy of the one before it, dated for the earliest day the notice
 * period allows, with the `changes` block the editor fills in.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addDays, buildNow, isoDay } from '../domain/dates.ts';
import { earliestEffective, nextVersionText, type ChangeType } from '../domain/policies/policy-version-file.ts';
import { policyTimeline } from '../domain/policies/policy-versions.ts';
import { didYouMean } from '../domain/text/nearest.ts';
import { contentDir } from '../reader/content-dir.ts';
import { layoutRow } from '../reader/layout.ts';
import { entriesOf, singleData } from '../reader/read-content.ts';
import { IsoDateSchema } from '../schemas/dates.ts';
import { parseCommandLine, usageError } from './command-line.ts';
import { keepIfAccepted, readTreeFor } from './content-writes.ts';

const name = 'new:policy-version';
const { values, positionals } = parseCommandLine({
  name,
  positionals: true,
  usage: `Usage: npm run ${name} -- <policy> [options]

Starts a new version of a policy: a copy of the version before it, published
today, taking effect on the earliest day the notice period in site.yaml
allows, with a "changes" block for you to fill in.

Options:
  --change-type material|editorial  material changes what customers get or owe and needs
                                    notice; editorial only rewords (default: material)
  --effective <YYYY-MM-DD>          take effect on this day instead of the earliest allowed
  --help                            show this help`,
  options: {
    'change-type': { type: 'string', default: 'material' },
    effective: { type: 'string' },
  },
});

const root = process.cwd();
const dir = contentDir();
const policy = positionals[0];
if (policy === undefined) usageError(name, `name the policy: npm run ${name} -- <policy>.`);
if (positionals.length > 1) usageError(name, `give one policy, not ${positionals.length}.`);
const changeType = values['change-type'];
if (changeType !== 'material' && changeType !== 'editorial')
  usageError(name, `--change-type must be material or editorial, not "${changeType}".`);

const tree = readTreeFor(name, root, dir);
const policiesDir = join(dir, layoutRow('policy-version').base);
const versions = entriesOf(tree, 'policy-version').filter((entry) => entry.source.folder === policy);
if (versions.length === 0)
  usageError(
    name,
    `there is no policy "${policy}" in ${policiesDir}. ${didYouMean(policy, tree.ids.policies, 'Known policies')}`,
  );
const invalid = versions.find((entry) => entry.data === undefined);
if (invalid !== undefined)
  usageError(name, `${invalid.source.file} has problems; run "npm run validate" and fix them first.`);
const valid = versions.flatMap((entry) => (entry.data ? [{ entry, policy, data: entry.data }] : []));

const now = buildNow(process.env);
const today = isoDay(now);
const noticeDays = singleData(tree, 'site')?.policyNoticeDays ?? 0;
const earliest = earliestEffective(
  today,
  changeType,
  noticeDays,
  valid.map((version) => version.data.effective),
);
let effective = earliest;
if (values.effective !== undefined) {
  const parsed = IsoDateSchema.safeParse(values.effective);
  if (!parsed.success) usageError(name, `--effective: ${parsed.error.issues[0]?.message ?? 'not a date'}`);
  if (parsed.data < earliest)
    usageError(
      name,
      `--effective ${parsed.data} is too early: ${describeEarliest(changeType as ChangeType)} is ${earliest}.`,
    );
  effective = parsed.data;
}

// The version in effect the day before the new one: today's, or one already scheduled after it.
const base = policyTimeline(valid, addDays(effective, -1)).current;
if (base === undefined) throw new Error('A policy with versions has one in effect before a later day.');
const path = resolve(root, policiesDir, policy, `${effective}.mdx`);
if (existsSync(path)) usageError(name, `${path} already exists.`);
writeFileSync(
  path,
  nextVersionText(base.entry.source.text, {
    effective,
    published: today,
    changeType: changeType as ChangeType,
    previousEffective: base.data.effective,
  }),
);
await keepIfAccepted({ name, path }, root, dir, now, tree);

console.log(`Wrote ${path}`);
console.log(`  a copy of the version of ${base.data.effective}, published ${today}, taking effect ${effective}.`);
console.log('Now fill in:');
console.log('  - the text below the front matter: make the change customers will read;');
console.log('  - changes.what and changes.why: what is different from the last version, and why;');
console.log('  - summary and keyPoints, if the change touches them.');
if (changeType === 'material')
  console.log(
    `A material change needs ${noticeDays} days' notice: if it is published after ${today}, ` +
      `set "published" to that day and "effective" at least ${noticeDays} days later (rename the file to match).`,
  );

function describeEarliest(type: ChangeType): string {
  return type === 'material'
    ? `with ${noticeDays} days' notice from today and after the last version, the earliest day`
    : 'after the last version, the earliest day';
}
