import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  canPricePlan,
  chargeableAmounts,
  feesOnPlans,
  pricePlan,
  pricePlans,
  pricePlansWherePossible,
} from '../../src/domain/pricing/priced-plan.ts';
import { FeeCatalogueSchema, type Fee } from '../../src/schemas/fee.ts';
import { planSchema, type Plan } from '../../src/schemas/plan.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const fee = (id: string, kind: Fee['kind'], amount: number, mandatory: boolean, period?: 'month' | 'year'): Fee => ({
  id,
  name: id,
  amount: usd(amount),
  kind,
  ...(period ? { period } : {}),
  mandatory,
  appliesWhen: 'always',
  why: 'A reason that is long enough.',
  refundable: false,
});
const fees: Fee[] = [
  fee('install', 'one-time', 7500, true),
  fee('e911', 'recurring', 150, true, 'month'),
  fee('levy', 'recurring', 1000, true, 'year'),
  fee('router', 'recurring', 800, false, 'month'),
  fee('moving', 'one-time', 5000, false),
  fee('late', 'conditional', 500, false),
  fee('leaving', 'conditional', 18000, false),
];
const plan: Plan = {
  name: 'Fiber',
  summary: 'Internet.',
  tags: [],
  order: 1,
  effective: '2026-03-01',
  price: usd(7000),
  period: 'month',
  introductory: { price: usd(5500), months: 6 },
  fees: { mandatory: ['e911', 'install', 'levy'], optional: ['late', 'router', 'moving'] },
  contract: {
    months: 12,
    earlyTermination: '$15 a month left.',
    earlyTerminationFee: { fee: 'leaving', prorated: true },
  },
  autoRenewal: { renews: true, reminderDays: 30 },
  signup: ['online'],
  cancellation: { channels: ['online'], howTo: 'One button.' },
  broadband: {
    typicalDownloadMbps: 290,
    typicalUploadMbps: 285,
    typicalLatencyMs: 9,
    dataIncluded: 'unlimited' as const,
  },
  includes: ['Fast internet'],
  policies: ['terms'],
};

describe('pricePlan', () => {
  const priced = pricePlan({ id: 'fiber', data: plan }, fees);
  it('works out the all-in, introductory and one-time prices once', () => {
    // 7000 + 150 + ceil(1000 / 12) = 7234; the introductory price gets the same fees.
    expect(priced.allIn).toEqual(usd(7234));
    expect(priced.introductory).toEqual({ months: 6, price: usd(5500), allIn: usd(5734) });
    expect(priced.oneTime).toEqual(usd(7500));
    expect(priced.identifier).toMatch(/^FIBER-[0-9A-F]{6}$/);
  });
  it('sorts the fees by what they are, in the order the plan lists them', () => {
    expect(priced.fees.included.map(({ fee: f, perPeriod }) => [f.id, perPeriod.amount])).toEqual([
      ['e911', 150],
      ['levy', 84],
    ]);
    expect(priced.fees.oneTime.map((f) => f.id)).toEqual(['install']);
    expect(priced.fees.addOns.map(({ fee: f, perPeriod }) => [f.id, perPeriod.amount])).toEqual([['router', 800]]);
    expect(priced.fees.conditional.map((f) => f.id)).toEqual(['late', 'moving']);
    // The early-termination fee is named by the contract, not the fee lists, and the calculator needs it too.
    expect(priced.fees.named.map((f) => f.id)).toEqual([
      'e911',
      'install',
      'levy',
      'late',
      'router',
      'moving',
      'leaving',
    ]);
  });
  it('states the early-termination charge for every month of the term', () => {
    expect(priced.earlyTermination?.fee.id).toBe('leaving');
    expect(priced.earlyTermination?.prorated).toBe(true);
    // 18000 × months left ÷ 12, from 12 months left down to 1.
    expect(priced.earlyTermination?.byMonthsServed.map((m) => m.amount)).toEqual([
      18000, 16500, 15000, 13500, 12000, 10500, 9000, 7500, 6000, 4500, 3000, 1500,
    ]);
    const free = pricePlan({ id: 'free', data: { ...plan, contract: { months: 0, earlyTermination: 'None.' } } }, fees);
    expect(free.earlyTermination).toBeUndefined();
  });
  it('carries the 12- and 24-month totals', () => {
    // 6 × 5734 + 6 × 7234 + 7500, and the 24-month one has no early-termination line.
    expect(priced.totals.map((total) => [total.months, total.total.amount])).toEqual([
      [12, 6 * 5734 + 6 * 7234 + 7500],
      [24, 6 * 5734 + 18 * 7234 + 7500],
    ]);
  });
  it('has no introductory offer when the plan has none', () => {
    const { introductory: _none, ...regular } = plan;
    expect(pricePlan({ id: 'r', data: regular }, fees).introductory).toBeUndefined();
  });
});

describe('canPricePlan', () => {
  it('needs every fee the plan names, the early-termination fee included', () => {
    expect(canPricePlan(plan, fees)).toBe(true);
    expect(
      canPricePlan(
        plan,
        fees.filter((f) => f.id !== 'leaving'),
      ),
    ).toBe(false);
    expect(
      canPricePlan(
        plan,
        fees.filter((f) => f.id !== 'late'),
      ),
    ).toBe(false);
  });
});

describe('pricePlansWherePossible', () => {
  it('prices the valid plans whose fees are all there, and names the rest, in the order given', () => {
    const noRouter = { ...plan, fees: { ...plan.fees, optional: ['router', 'gone'] } };
    const result = pricePlansWherePossible(
      [
        { id: 'broken', data: undefined },
        { id: 'fiber', data: plan },
        { id: 'no-router', data: noRouter },
      ],
      fees,
    );
    expect(result.priced.map((priced) => [priced.id, priced.allIn.amount])).toEqual([['fiber', 7234]]);
    expect(result.unpriced).toEqual(['broken', 'no-router']);
    expect(result.unpriceable).toEqual([noRouter]);
  });
});

describe('feesOnPlans', () => {
  it('lists for each fee the plans that name it, and those where it is mandatory', () => {
    const plans = pricePlans(
      [
        { id: 'a', data: plan },
        { id: 'b', data: { ...plan, fees: { mandatory: ['install'], optional: ['e911'] } } },
      ],
      fees,
    );
    const byFee = new Map(feesOnPlans(plans, fees).map((entry) => [entry.fee.id, entry]));
    expect(byFee.get('e911')?.plans.map((p) => p.id)).toEqual(['a', 'b']);
    expect(byFee.get('e911')?.mandatoryOn.map((p) => p.id)).toEqual(['a']);
    expect(byFee.get('leaving')?.plans).toEqual([]);
  });
});

describe('chargeableAmounts', () => {
  it('counts a plan that cannot be priced by its own prices only', () => {
    const amounts = chargeableAmounts([], [], [{ price: usd(4200), introductory: { price: usd(3100), months: 3 } }]);
    expect([...amounts].sort()).toEqual([3100, 4200]);
  });

  it('counts, for the sample content, the figures the pages state', () => {
    const root = join(import.meta.dirname, '../../content');
    const catalogue = FeeCatalogueSchema.parse(parse(readFileSync(join(root, 'pricing/fees.yaml'), 'utf8')));
    const schema = planSchema(() => z.string());
    const plans = readdirSync(join(root, 'pricing/plans')).map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      data: schema.parse(parse(readFileSync(join(root, 'pricing/plans', name), 'utf8'))),
    }));
    const amounts = chargeableAmounts(pricePlans(plans, catalogue), catalogue);
    // Hand-computed: Fiber 300 and Home Phone at $55.00 + $1.50 (911) = $56.50, and 12 × $56.50 + $75 = $753.00.
    for (const cents of [5650, 75300, 7500]) expect(amounts.has(cents), String(cents)).toBe(true);
    // Ridge Road's $15 for each month left: the last month's charge is a declared amount.
    expect(amounts.has(1500)).toBe(true);
  });
});
