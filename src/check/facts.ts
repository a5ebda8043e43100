/**
 * What the check knows about the company beyond the file it reads: the
 * declared prices and fees, computed with the same pricing functions the
 * pages use, so that prose cannot quote a number the data does not have.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  allInIntroductoryPrice,
  allInRecurringPrice,
  oneTimeCharges,
  recurringFeePerPeriod,
} from '../domain/pricing/all-in-price.ts';
import { earlyTerminationCharge, totalCost, totalCostMonths } from '../domain/pricing/total-cost.ts';
import { FeeCatalogueSchema, type Fee } from '../schemas/fee.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { SiteSchema } from '../schemas/site.ts';
import { policyVersionSchema } from '../schemas/policy.ts';
import { buildNow } from '../domain/dates.ts';
import type { LifecycleVersion } from '../domain/policies/policy-lifecycle.ts';
import { splitFrontMatter } from '../validate/front-matter.ts';
import { readYamlData } from './text/yaml-prose.ts';
import { z } from 'astro/zod';

export interface CheckFacts {
  /** Every amount a customer can be asked to pay, in minor units as strings. */
  declaredAmounts: ReadonlySet<string>;
  /** Minimum notice for material policy changes, in days. */
  policyNoticeDays: number;
  /** Every policy's versions, oldest first, by policy folder. */
  policies: ReadonlyMap<string, ReadonlyArray<LifecycleVersion & { path: string }>>;
  /** The moment the check treats as now (SOURCE_DATE_EPOCH or the clock). */
  now: Date;
  /** Each plan's id and name with its regular price and its all-in price, in minor units. */
  plans: ReadonlyArray<{
    id: string;
    name: string;
    price: number;
    allIn: number;
    introductory?: number;
    introductoryAllIn?: number;
  }>;
  /** The ids of the fee catalogue; undefined when there is no catalogue (a file checked outside a content tree). */
  feeIds: ReadonlySet<string> | undefined;
  /** Flesch-Kincaid grade limits by kind of content. */
  readability: Readonly<Record<string, { warning: number; error: number }>>;
  /** The ids of the status page's components; undefined when there is no components file. */
  componentIds: ReadonlySet<string> | undefined;
  /** The ids of the glossary's terms; undefined outside a content tree. */
  termIds: ReadonlySet<string> | undefined;
  /** The file names in content/papers/images/; undefined outside a content tree. */
  paperImages: ReadonlySet<string> | undefined;
}

/** Grade limits when site.yaml sets none: warning above 10, error above 12. */
export const defaultReadability = { warning: 10, error: 12 };

/** Facts for checking files outside any content tree: nothing is declared. */
export const emptyFacts: CheckFacts = {
  declaredAmounts: new Set(),
  policyNoticeDays: 30,
  policies: new Map(),
  now: buildNow(process.env),
  plans: [],
  feeIds: undefined,
  readability: {},
  componentIds: undefined,
  termIds: undefined,
  paperImages: undefined,
};

const anyId = () => z.string();
// Made once: a Zod schema compiles itself on first use, which costs more than
// checking one small file with it.
const planData = planSchema(anyId);
const policyVersionData = policyVersionSchema(anyId);

/**
 * Reads the declared prices from a content tree. Invalid files are skipped
 * here: the content gate reports them with their lines.
 */
export function loadCheckFacts(projectRoot: string, contentDir: string, now: Date = buildNow(process.env)): CheckFacts {
  const root = resolve(projectRoot, contentDir);
  const readYaml = (path: string): unknown => {
    try {
      return readYamlData(readFileSync(join(root, path), 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      return undefined;
    }
  };
  const site = SiteSchema.safeParse(readYaml('site.yaml'));
  const feesResult = FeeCatalogueSchema.safeParse(readYaml('pricing/fees.yaml'));
  const fees: Fee[] = feesResult.success ? feesResult.data : [];
  const plans: Array<{ id: string; plan: Plan }> = [];
  const planDir = join(root, 'pricing/plans');
  if (existsSync(planDir)) {
    for (const name of readdirSync(planDir).filter((n) => n.endsWith('.yaml'))) {
      const plan = planData.safeParse(readYaml(`pricing/plans/${name}`));
      if (plan.success) plans.push({ id: name.replace(/\.yaml$/, ''), plan: plan.data });
    }
  }
  const amounts = new Set<string>();
  const planFacts: Array<CheckFacts['plans'][number]> = [];
  const add = (amount: number | undefined) => {
    if (amount !== undefined) amounts.add(String(amount));
  };
  for (const fee of fees) add(fee.amount.amount);
  for (const { id, plan } of plans) {
    const known = [...plan.fees.mandatory, ...plan.fees.optional].every((feeId) =>
      fees.some((fee) => fee.id === feeId),
    );
    add(plan.price.amount);
    add(plan.introductory?.price.amount);
    if (!known) continue;
    const allIn = allInRecurringPrice(plan, fees).amount;
    const introAllIn = allInIntroductoryPrice(plan, fees)?.amount;
    add(allIn);
    add(introAllIn);
    planFacts.push({
      id,
      name: plan.name,
      price: plan.price.amount,
      allIn,
      ...(plan.introductory ? { introductory: plan.introductory.price.amount } : {}),
      ...(introAllIn !== undefined ? { introductoryAllIn: introAllIn } : {}),
    });
    add(oneTimeCharges(plan, fees).amount);
    for (const fee of fees.filter((f) => f.kind === 'recurring')) add(recurringFeePerPeriod(fee, plan.period).amount);
    // The totals the plan pages state, and every early-termination charge a
    // customer can be asked for ("$15 for each month left" is the last one).
    for (const months of totalCostMonths) add(totalCost(plan, fees, months).total.amount);
    for (let served = 0; served < plan.contract.months; served++)
      add(earlyTerminationCharge(plan, fees, served)?.amount);
  }
  return {
    declaredAmounts: amounts,
    feeIds: feesResult.success ? new Set(fees.map((fee) => fee.id)) : undefined,
    policyNoticeDays: site.success ? site.data.policyNoticeDays : 30,
    policies: loadPolicyVersions(root),
    now,
    plans: planFacts,
    readability: site.success ? (site.data.readability ?? {}) : {},
    componentIds: componentIdsOf(readYaml('status/components.yaml')),
    termIds: termIdsOf(readYaml('glossary.yaml')),
    paperImages: imageNamesIn(join(root, 'papers/images')),
  };
}

/** Reads every policy version's dates, change type and text, oldest first per policy. */
function loadPolicyVersions(root: string): Map<string, Array<LifecycleVersion & { path: string }>> {
  const policies = new Map<string, Array<LifecycleVersion & { path: string }>>();
  const dir = join(root, 'policies');
  if (!existsSync(dir)) return policies;
  for (const folder of readdirSync(dir)) {
    if (!statSync(join(dir, folder)).isDirectory()) continue;
    const versions: Array<LifecycleVersion & { path: string }> = [];
    for (const name of readdirSync(join(dir, folder)).filter((n) => /\.mdx?$/.test(n))) {
      const split = splitFrontMatter(readFileSync(join(dir, folder, name), 'utf8').replace(/^\uFEFF/, ''));
      let data: unknown;
      try {
        data = split.yaml === undefined ? undefined : readYamlData(split.yaml);
      } catch {
        continue;
      }
      const version = policyVersionData.safeParse(data);
      if (!version.success) continue;
      versions.push({
        path: `policies/${folder}/${name}`,
        effective: version.data.effective,
        published: version.data.published,
        changeType: version.data.changeType,
        hasChanges: version.data.changes !== undefined,
        body: split.body,
      });
    }
    policies.set(
      folder,
      versions.sort((a, b) => a.effective.localeCompare(b.effective)),
    );
  }
  return policies;
}

/** The names of the files in a folder; empty when it does not exist. */
function imageNamesIn(dir: string): Set<string> {
  return new Set(existsSync(dir) ? readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile()) : []);
}

/** The term ids of a glossary file, read leniently (the gate validates it); empty when there is none, so every <Term> is refused. */
function termIdsOf(data: unknown): Set<string> {
  return new Set(
    Array.isArray(data)
      ? data.flatMap((entry: { id?: unknown }) => (typeof entry?.id === 'string' ? [entry.id] : []))
      : [],
  );
}

/** The component ids of a components file, read leniently (the gate validates it). */
function componentIdsOf(data: unknown): Set<string> | undefined {
  const groups = (data as { groups?: Array<{ components?: Array<{ id?: unknown }> }> } | undefined)?.groups;
  if (!Array.isArray(groups)) return undefined;
  return new Set(
    groups.flatMap((group) => (Array.isArray(group.components) ? group.components : [])).map((c) => String(c.id)),
  );
}
