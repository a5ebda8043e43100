/**
 * What the check knows about the company beyond the file it reads: the
 * declared prices and fees, computed with the same pricing functions the
 * pages use, so that prose cannot quote a number the data does not have.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { allInIntroductoryPrice, allInRecurringPrice, oneTimeCharges, recurringFeePerPeriod } from '../domain/pricing/all-in-price.ts';
import { FeeCatalogueSchema, type Fee } from '../schemas/fee.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { SiteSchema } from '../schemas/site.ts';
import { z } from 'astro/zod';

export interface CheckFacts {
  /** Every amount a customer can be asked to pay, in minor units as strings. */
  declaredAmounts: ReadonlySet<string>;
  /** Minimum notice for material policy changes, in days. */
  policyNoticeDays: number;
}

/** Facts for checking files outside any content tree: nothing is declared. */
export const emptyFacts: CheckFacts = { declaredAmounts: new Set(), policyNoticeDays: 30 };

const anyId = () => z.string();

/**
 * Reads the declared prices from a content tree. Invalid files are skipped
 * here: the content gate reports them with their lines.
 */
export function loadCheckFacts(projectRoot: string, contentDir: string): CheckFacts {
  const root = resolve(projectRoot, contentDir);
  const readYaml = (path: string): unknown => {
    try {
      return parse(readFileSync(join(root, path), 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      return undefined;
    }
  };
  const site = SiteSchema.safeParse(readYaml('site.yaml'));
  const feesResult = FeeCatalogueSchema.safeParse(readYaml('pricing/fees.yaml'));
  const fees: Fee[] = feesResult.success ? feesResult.data : [];
  const plans: Plan[] = [];
  const planDir = join(root, 'pricing/plans');
  if (existsSync(planDir)) {
    for (const name of readdirSync(planDir).filter((n) => n.endsWith('.yaml'))) {
      const plan = planSchema(anyId).safeParse(readYaml(`pricing/plans/${name}`));
      if (plan.success) plans.push(plan.data);
    }
  }
  const amounts = new Set<string>();
  const add = (amount: number | undefined) => {
    if (amount !== undefined) amounts.add(String(amount));
  };
  for (const fee of fees) add(fee.amount.amount);
  for (const plan of plans) {
    const known = plan.fees.mandatory.every((id) => fees.some((fee) => fee.id === id));
    add(plan.price.amount);
    add(plan.introductory?.price.amount);
    if (!known) continue;
    add(allInRecurringPrice(plan, fees).amount);
    add(allInIntroductoryPrice(plan, fees)?.amount);
    add(oneTimeCharges(plan, fees).amount);
    for (const fee of fees.filter((f) => f.kind === 'recurring')) add(recurringFeePerPeriod(fee, plan.period).amount);
  }
  return { declaredAmounts: amounts, policyNoticeDays: site.success ? site.data.policyNoticeDays : 30 };
}
