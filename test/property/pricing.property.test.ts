/**
 * Property-based tests of the pricing functions: for any valid catalogue and
 * plan, the all-in price is at least the plan price, and a total cost is the
 * sum of its lines, each of them non-negative.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allInIntroductoryPrice,
  allInRecurringPrice,
  oneTimeCharges,
  recurringFeePerPeriod,
} from '../../src/domain/pricing/all-in-price.ts';
import { chargeableAmounts, pricePlan } from '../../src/domain/pricing/priced-plan.ts';
import {
  earlyTerminationCharge,
  maxCostMonths,
  totalCost,
  totalCostMonths,
  type CostedPlan,
} from '../../src/domain/pricing/total-cost.ts';
import type { Fee } from '../../src/schemas/fee.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const cents = fc.integer({ min: 0, max: 5_000_00 });
const usd = (amount: number) => ({ amount, currency: 'USD' });

const feeArb = (id: string) =>
  fc
    .oneof(
      fc.record({
        kind: fc.constant('recurring' as const),
        period: fc.constantFrom('month' as const, 'year' as const),
        mandatory: fc.boolean(),
        amount: cents,
      }),
      fc.record({ kind: fc.constant('one-time' as const), mandatory: fc.boolean(), amount: cents }),
      fc.record({ kind: fc.constant('conditional' as const), mandatory: fc.constant(false), amount: cents }),
    )
    .map((f): Fee => ({
      id,
      name: id,
      amount: usd(f.amount),
      kind: f.kind,
      ...('period' in f ? { period: f.period } : {}),
      mandatory: f.mandatory,
      appliesWhen: 'always',
      why: 'A fee that exists for this property test.',
      refundable: false,
    }));

const scenario = fc
  .array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 8 })
  .chain((seeds) => fc.tuple(...seeds.map((_, i) => feeArb(`fee-${i}`))))
  .chain((fees) => {
    const conditional = fees.filter((fee) => fee.kind === 'conditional');
    return fc
      .record({
        price: fc.integer({ min: 1, max: 5_000_00 }),
        period: fc.constantFrom('month' as const, 'year' as const),
        intro: fc.option(
          fc.record({ share: fc.double({ min: 0, max: 0.99, noNaN: true }), months: fc.integer({ min: 1, max: 36 }) }),
          { nil: undefined },
        ),
        contractMonths: fc.constantFrom(0, 12, 24),
        prorated: fc.boolean(),
        etf: fc.option(fc.constantFrom(...(conditional.length > 0 ? conditional.map((fee) => fee.id) : ['none'])), {
          nil: undefined,
        }),
        months: fc.integer({ min: 1, max: maxCostMonths }),
        served: fc.integer({ min: 0, max: 30 }),
      })
      .map((r) => {
        const etf =
          r.contractMonths > 0 && r.etf !== undefined && r.etf !== 'none'
            ? { fee: r.etf, prorated: r.prorated }
            : undefined;
        const introMonths = r.period === 'year' ? Math.ceil(r.intro?.months ?? 12 / 12) * 12 : (r.intro?.months ?? 1);
        const plan: CostedPlan = {
          price: usd(r.price),
          period: r.period,
          ...(r.intro
            ? { introductory: { price: usd(Math.floor(r.price * r.intro.share)), months: introMonths } }
            : {}),
          fees: {
            mandatory: fees.filter((fee) => fee.mandatory).map((fee) => fee.id),
            optional: fees.filter((fee) => !fee.mandatory).map((fee) => fee.id),
          },
          contract: { months: r.contractMonths, ...(etf ? { earlyTerminationFee: etf } : {}) },
        } as CostedPlan;
        return { plan, fees, months: r.months, served: r.served };
      });
  });

describe('pricing invariants for any plan and catalogue', () => {
  it('an all-in price is at least the price it is built on, the introductory one too', () => {
    fc.assert(
      fc.property(scenario, ({ plan, fees }) => {
        expect(allInRecurringPrice(plan, fees).amount).toBeGreaterThanOrEqual(plan.price.amount);
        const intro = allInIntroductoryPrice(plan, fees);
        if (plan.introductory) expect(intro?.amount).toBeGreaterThanOrEqual(plan.introductory.price.amount);
      }),
      { numRuns: 500 },
    );
  });
  it('a total cost is the sum of its lines, none negative, and never less than the recurring charges alone', () => {
    fc.assert(
      fc.property(scenario, ({ plan, fees, months }) => {
        const cost = totalCost(plan, fees, months);
        const sum = cost.lines.reduce((total, line) => total + line.amount.amount, 0);
        expect(cost.total.amount).toBe(sum);
        for (const line of cost.lines) expect(line.amount.amount).toBeGreaterThanOrEqual(0);
        const recurring = cost.lines.filter((line) => line.kind === 'introductory' || line.kind === 'regular');
        expect(cost.total.amount).toBeGreaterThanOrEqual(
          recurring.reduce((total, line) => total + line.amount.amount, 0),
        );
      }),
      { numRuns: 500 },
    );
  });
  it('the 24-month total equals the sum of its parts', () => {
    fc.assert(
      fc.property(scenario, ({ plan, fees }) => {
        const cost = totalCost(plan, fees, 24);
        expect(cost.total.amount).toBe(cost.lines.reduce((total, line) => total + line.amount.amount, 0));
      }),
      { numRuns: 300 },
    );
  });
  it('an early-termination charge is never negative and never more than its fee', () => {
    fc.assert(
      fc.property(scenario, ({ plan, fees, served }) => {
        const charge = earlyTerminationCharge(plan, fees, served);
        const fee = fees.find((f) => f.id === plan.contract.earlyTerminationFee?.fee);
        if (charge === undefined) return;
        expect(charge.amount).toBeGreaterThanOrEqual(0);
        expect(charge.amount).toBeLessThanOrEqual(fee?.amount.amount ?? 0);
      }),
      { numRuns: 500 },
    );
  });
  it('refuses a number of months it cannot price with a RangeError, not a wrong total', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: maxCostMonths + 1 }), fc.double({ noInteger: true })),
        ({ plan, fees }, months) => {
          expect(() => totalCost(plan, fees, months)).toThrow(RangeError);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('chargeable amounts are the set the check declared before priced plans existed', () => {
    // The definition the check's facts used, plan by plan, before the priced plan existed.
    const declared = (plans: readonly CostedPlan[], fees: readonly Fee[]) => {
      const amounts = new Set<number>(fees.map((fee) => fee.amount.amount));
      for (const plan of plans) {
        amounts.add(plan.price.amount);
        if (plan.introductory) amounts.add(plan.introductory.price.amount);
        amounts.add(allInRecurringPrice(plan, fees).amount);
        const intro = allInIntroductoryPrice(plan, fees);
        if (intro) amounts.add(intro.amount);
        amounts.add(oneTimeCharges(plan, fees).amount);
        for (const fee of fees.filter((f) => f.kind === 'recurring'))
          amounts.add(recurringFeePerPeriod(fee, plan.period).amount);
        for (const months of totalCostMonths) amounts.add(totalCost(plan, fees, months).total.amount);
        for (let served = 0; served < plan.contract.months; served++) {
          const charge = earlyTerminationCharge(plan, fees, served);
          if (charge) amounts.add(charge.amount);
        }
      }
      return amounts;
    };
    fc.assert(
      fc.property(fc.array(scenario, { minLength: 1, maxLength: 3 }), (scenarios) => {
        // Each scenario brings its own catalogue; one plan per catalogue keeps their fee ids apart.
        for (const { plan, fees } of scenarios) {
          const priced = pricePlan({ id: 'p', data: plan as Plan }, fees);
          expect(chargeableAmounts([priced], fees)).toEqual(declared([plan], fees));
        }
      }),
      { numRuns: 300 },
    );
  });
});
