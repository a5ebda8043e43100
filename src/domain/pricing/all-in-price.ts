import type { BillingPeriod, Fee } from '../../schemas/fee.ts';
import type { Money } from '../../schemas/money.ts';
import type { Plan } from '../../schemas/plan.ts';
import { sumMoney } from './money.ts';

/** The terms of a plan that its prices depend on. */
export type PlanPricing = Pick<Plan, 'price' | 'period' | 'introductory' | 'fees'>;

/** Looks fees up by id; an unknown id is a programming error (the check refuses it first). */
export function feesByIds(ids: readonly string[], catalogue: readonly Fee[]): Fee[] {
  return ids.map((id) => {
    const fee = catalogue.find((candidate) => candidate.id === id);
    if (fee === undefined) throw new Error(`Unknown fee "${id}".`);
    return fee;
  });
}

/**
 * A recurring fee's amount per plan period. A monthly fee on a yearly plan
 * counts twelve times. A yearly fee on a monthly plan is spread over twelve
 * months and rounded up to the next minor unit, so that the all-in monthly
 * price never understates what a customer pays.
 */
export function recurringFeePerPeriod(fee: Fee, period: BillingPeriod): Money {
  if (fee.period === period) return fee.amount;
  if (fee.period === 'month' && period === 'year') return { ...fee.amount, amount: fee.amount.amount * 12 };
  return { ...fee.amount, amount: Math.ceil(fee.amount.amount / 12) };
}

/** The mandatory recurring fees of a plan. */
function mandatoryRecurringFees(plan: PlanPricing, catalogue: readonly Fee[]): Fee[] {
  return feesByIds(plan.fees.mandatory, catalogue).filter((fee) => fee.kind === 'recurring');
}

/**
 * What a customer pays each period after any introductory price ends: the
 * regular price plus every mandatory recurring fee. This is the headline
 * price everywhere on the site.
 */
export function allInRecurringPrice(plan: PlanPricing, catalogue: readonly Fee[]): Money {
  return withMandatoryFees(plan.price, plan, catalogue);
}

/** What a customer pays each period during the introductory months, fees included; undefined without one. */
export function allInIntroductoryPrice(plan: PlanPricing, catalogue: readonly Fee[]): Money | undefined {
  return plan.introductory === undefined ? undefined : withMandatoryFees(plan.introductory.price, plan, catalogue);
}

/** The mandatory one-time charges of a plan, such as installation, added up. */
export function oneTimeCharges(plan: PlanPricing, catalogue: readonly Fee[]): Money {
  const fees = feesByIds(plan.fees.mandatory, catalogue).filter((fee) => fee.kind === 'one-time');
  return sumMoney(
    plan.price.currency,
    fees.map((fee) => fee.amount),
  );
}

function withMandatoryFees(base: Money, plan: PlanPricing, catalogue: readonly Fee[]): Money {
  const fees = mandatoryRecurringFees(plan, catalogue).map((fee) => recurringFeePerPeriod(fee, plan.period));
  return sumMoney(base.currency, [base, ...fees]);
}
