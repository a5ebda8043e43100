import { describe, expect, it } from 'vitest';
import { earlyTerminationCharge, periodsIn, totalCost, type CostedPlan } from '../../src/domain/pricing/total-cost.ts';
import { costLineTitle, describeCostLine } from '../../src/domain/pricing/cost-lines.ts';
import type { Fee } from '../../src/schemas/fee.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const fee = (id: string, overrides: Partial<Fee>): Fee => ({
  id,
  name: id,
  amount: usd(100),
  kind: 'recurring',
  period: 'month',
  mandatory: true,
  appliesWhen: 'always',
  why: 'A reason that is long enough.',
  refundable: false,
  ...overrides,
});
const oneTime = (id: string, amount: number, mandatory = true) => {
  const { period: _period, ...rest } = fee(id, { kind: 'one-time', amount: usd(amount), mandatory });
  return rest as Fee;
};
const catalogue: Fee[] = [
  fee('e911', { amount: usd(150) }),
  oneTime('install', 7500),
  fee('router', { amount: usd(800), mandatory: false }),
  fee('yearly-backup', { amount: usd(1000), period: 'year', mandatory: false }),
  oneTime('moving', 5000, false),
  (() => {
    const { period: _period, ...rest } = fee('leaving', { kind: 'conditional', amount: usd(18000), mandatory: false });
    return rest as Fee;
  })(),
  (() => {
    const { period: _period, ...rest } = fee('leaving-odd', {
      kind: 'conditional',
      amount: usd(10000),
      mandatory: false,
    });
    return rest as Fee;
  })(),
];
const plan = (overrides: Partial<CostedPlan>): CostedPlan => ({
  price: usd(7000),
  period: 'month',
  introductory: undefined,
  fees: { mandatory: [], optional: [] },
  contract: { months: 0, earlyTermination: 'None.' },
  ...overrides,
});
const amounts = (cost: ReturnType<typeof totalCost>) =>
  cost.lines.map((line) => [line.kind, line.periods ?? null, line.amount.amount]);

describe('totalCost', () => {
  it('switches from the introductory to the regular price mid-period', () => {
    // $55 for 6 months then $70: 6 × 5500 + 6 × 7000 = 33,000 + 42,000 = 75,000; plus $75 installation.
    const cost = totalCost(
      plan({ introductory: { price: usd(5500), months: 6 }, fees: { mandatory: ['install'], optional: [] } }),
      catalogue,
      12,
    );
    expect(amounts(cost)).toEqual([
      ['introductory', 6, 33000],
      ['regular', 6, 42000],
      ['one-time', null, 7500],
    ]);
    expect(cost.total).toEqual(usd(82500));
  });
  it('keeps the whole stretch at the introductory price when it is shorter than the offer', () => {
    const cost = totalCost(plan({ introductory: { price: usd(5500), months: 6 } }), catalogue, 4);
    expect(amounts(cost)).toEqual([['introductory', 4, 22000]]);
  });
  it('adds mandatory recurring fees to every month and one-time fees once over 24 months', () => {
    // (5500 + 150) × 24 = 135,600; + 7,500 installation = 143,100.
    const cost = totalCost(
      plan({ price: usd(5500), fees: { mandatory: ['e911', 'install'], optional: ['router'] } }),
      catalogue,
      24,
    );
    expect(amounts(cost)).toEqual([
      ['regular', 24, 135600],
      ['one-time', null, 7500],
    ]);
    expect(cost.total).toEqual(usd(143100));
  });
  it('adds chosen add-ons for every period, a yearly one spread over months and rounded up', () => {
    // 1000 a year = 83.33… a month, rounded up to 84; × 12 = 1008. Router 800 × 12 = 9600.
    const cost = totalCost(plan({ fees: { mandatory: [], optional: ['router', 'yearly-backup'] } }), catalogue, 12, [
      'router',
      'yearly-backup',
    ]);
    expect(amounts(cost)).toEqual([
      ['regular', 12, 84000],
      ['add-on', 12, 9600],
      ['add-on', 12, 1008],
    ]);
    expect(cost.total).toEqual(usd(94608));
  });
  it('refuses an add-on the plan does not offer, or one that is not recurring', () => {
    expect(() => totalCost(plan({}), catalogue, 12, ['router'])).toThrow(/not an optional recurring fee/);
    expect(() => totalCost(plan({ fees: { mandatory: [], optional: ['moving'] } }), catalogue, 12, ['moving'])).toThrow(
      /not an optional recurring fee/,
    );
  });
  it('adds the prorated early-termination charge when the stretch ends inside the term', () => {
    const contract = {
      months: 12,
      earlyTermination: '$15 for each month left.',
      earlyTerminationFee: { fee: 'leaving', prorated: true },
    };
    const p = plan({ price: usd(4500), contract, fees: { mandatory: [], optional: ['leaving'] } });
    // 4 months served, 8 left: 18000 × 8 / 12 = 12,000.
    expect(amounts(totalCost(p, catalogue, 4))).toEqual([
      ['regular', 4, 18000],
      ['early-termination', null, 12000],
    ]);
    expect(amounts(totalCost(p, catalogue, 12))).toEqual([['regular', 12, 54000]]);
    expect(totalCost(p, catalogue, 24).lines.some((line) => line.kind === 'early-termination')).toBe(false);
  });
  it('counts whole years on a yearly plan, the introductory years first', () => {
    const p = plan({ price: usd(60000), period: 'year', introductory: { price: usd(48000), months: 12 } });
    expect(periodsIn(13, 'year')).toBe(2);
    expect(amounts(totalCost(p, catalogue, 24))).toEqual([
      ['introductory', 1, 48000],
      ['regular', 1, 60000],
    ]);
    expect(amounts(totalCost(p, catalogue, 6))).toEqual([['introductory', 1, 48000]]);
  });
  it('refuses a stretch that is not 1 to 120 whole months', () => {
    for (const months of [0, -1, 1.5, 121, Number.NaN])
      expect(() => totalCost(plan({}), catalogue, months)).toThrow(RangeError);
  });
});

describe('earlyTerminationCharge', () => {
  const term = (prorated: boolean, feeId = 'leaving', months = 12) =>
    plan({ contract: { months, earlyTermination: 'x', earlyTerminationFee: { fee: feeId, prorated } } });
  it('is the whole fee when not prorated, until the term ends', () => {
    expect(earlyTerminationCharge(term(false), catalogue, 11)).toEqual(usd(18000));
    expect(earlyTerminationCharge(term(false), catalogue, 12)).toBeUndefined();
  });
  it('shrinks with every month served when prorated', () => {
    expect(earlyTerminationCharge(term(true), catalogue, 0)).toEqual(usd(18000));
    expect(earlyTerminationCharge(term(true), catalogue, 11)).toEqual(usd(1500));
  });
  it('rounds a prorated charge down, in the customer’s favour', () => {
    // 10000 × 2 / 7 = 2857.14… cents: the customer pays 2857.
    expect(earlyTerminationCharge(term(true, 'leaving-odd', 7), catalogue, 5)).toEqual(usd(2857));
  });
  it('is undefined for a plan without a term', () => {
    expect(earlyTerminationCharge(plan({}), catalogue, 0)).toBeUndefined();
  });
});

describe('cost lines', () => {
  it('describe each line with its count and price, and title it without', () => {
    const cost = totalCost(
      plan({ introductory: { price: usd(5500), months: 6 }, fees: { mandatory: ['install'], optional: ['router'] } }),
      catalogue,
      12,
      ['router'],
    );
    expect(cost.lines.map((line) => describeCostLine(line, 'month', catalogue, 'en-US'))).toEqual([
      '6 months at the introductory price, $55.00 each',
      '6 months at the all-in price, $70.00 each',
      'install, once',
      'router: 12 months at $8.00',
    ]);
    expect(costLineTitle(cost.lines[0]!, 'month', catalogue)).toBe('Introductory price, all-in, per month');
  });
});
