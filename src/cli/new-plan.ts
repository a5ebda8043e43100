/**
 * `npm run new:plan -- <id> --name "<name>" --price <cents>`: starts a new
 * plan's file that every rule accepts, with an existing plan's terms to
 * review and comments that say what to check.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildNow, isoDay } from '../domain/dates.ts';
import { newPlanText, nextPlanOrder, templatePlan } from '../domain/pricing/plan-file.ts';
import { didYouMean } from '../domain/text/nearest.ts';
import { contentDir } from '../reader/content-dir.ts';
import { layoutRow } from '../reader/layout.ts';
import { entriesOf, singleData } from '../reader/read-content.ts';
import { SlugSchema } from '../schemas/fee.ts';
import { parseCommandLine, usageError } from './command-line.ts';
import { keepIfAccepted, readTreeFor } from './content-writes.ts';

const name = 'new:plan';
const { values, positionals } = parseCommandLine({
  name,
  positionals: true,
  usage: `Usage: npm run ${name} -- <id> --name "<name>" --price <amount> [options]

Starts content/pricing/plans/<id>.yaml. The id becomes the plan's web address
(/pricing/<id>/). Fields the options do not give are copied from an existing
plan, each with a comment saying what to review.

Options:
  --name <name>        the plan's name, such as "Fiber 500" (required)
  --price <amount>     the regular price per period in minor units (cents): 5000 for 50.00 (required)
  --summary <text>     one plain sentence that says who the plan is for
  --from <plan id>     the plan to copy the other fields from (default: the first plan in list order)
  --help               show this help`,
  options: {
    name: { type: 'string' },
    price: { type: 'string' },
    summary: { type: 'string' },
    from: { type: 'string' },
  },
});

const root = process.cwd();
const dir = contentDir();
const id = positionals[0];
if (id === undefined) usageError(name, `give the plan an id: npm run ${name} -- fiber-500 --name "Fiber 500" ...`);
if (positionals.length > 1) usageError(name, `give one plan id, not ${positionals.length}.`);
const slug = SlugSchema.safeParse(id);
if (!slug.success) usageError(name, slug.error.issues[0]?.message ?? `"${id}" is not a valid id.`);
if (values.name === undefined || values.name.trim() === '') usageError(name, 'give the plan a name with --name.');
if (values.price === undefined) usageError(name, 'give the regular price in cents with --price, such as 5000.');
if (!/^\d+$/.test(values.price) || Number(values.price) === 0)
  usageError(name, `--price takes a whole number of cents above 0, such as 5000 for 50.00, not "${values.price}".`);

const tree = readTreeFor(name, root, dir);
const plansDir = resolve(root, dir, layoutRow('plan').base);
const path = resolve(plansDir, `${id}.yaml`);
if (tree.ids.plans.has(id) || existsSync(path))
  usageError(name, `a plan "${id}" already exists (${path}); choose another id.`);
const plans = entriesOf(tree, 'plan').flatMap((entry) => (entry.data ? [{ id: entry.id, data: entry.data }] : []));
const template = values.from === undefined ? templatePlan(plans) : plans.find((plan) => plan.id === values.from);
if (template === undefined)
  usageError(
    name,
    values.from === undefined
      ? `there is no valid plan in ${plansDir} to copy terms from; fix them first ("npm run validate").`
      : `there is no valid plan "${values.from}" to copy from. ${didYouMean(
          values.from,
          plans.map((p) => p.id),
          'Known plans',
        )}`,
  );
const site = singleData(tree, 'site');
if (site === undefined) usageError(name, `${dir}/site.yaml has problems; run "npm run validate" and fix them first.`);

const now = buildNow(process.env);
writeFileSync(
  path,
  newPlanText(
    {
      name: values.name.trim(),
      amount: Number(values.price),
      currency: site.currency,
      summary: values.summary?.trim(),
      order: nextPlanOrder(plans),
      effective: isoDay(now),
    },
    template,
  ),
);
await keepIfAccepted({ name, path }, root, dir, now, tree);

console.log(`Wrote ${path}`);
console.log(`  copying the terms of ${template.id}; every copied field has a comment above it.`);
console.log('Now fill in:');
if (values.summary === undefined) console.log('  - summary: who the plan is for, in one plain sentence;');
console.log('  - includes: what the plan includes, one item per line;');
console.log('  - broadband: the typical speeds and latency measured for this plan, and the data included;');
console.log('  - fees, contract, autoRenewal, signup, cancellation and policies: check each is true of this plan.');
console.log(`Run "npm run validate" when you are done; the plan's page will be /pricing/${id}/.`);
