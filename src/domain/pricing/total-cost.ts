/**
 * What a plan costs over a stretch of months, line by line: the months at the
 * introductory price, the months at the regular price, the one-time charges,
 * any add-ons the customer chooses, and the early-termination charge when the
 * stretch ends before the plan's minimum term. The priced plan (its stated
 * totals), the calculator script, `<TotalCost>` and the check all call this
 * one function.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { Money } from '../../schemas/money.ts';
import type { Plan } from '../../schemas/plan.ts';
import { allInIntroductoryPrice, allInRecurringPrice, feesByIds, recurringFeePerPeriod } from './all-in-price.ts';
import { sumMoney } from './money.ts';

/** The pricing facts of a plan that its total cost depends on. */
export type CostedPlan = Pick<Plan, 'price' | 'period' | 'introductory' | 'fees' | 'contract'>;

export type CostLineKind = 'introductory' | 'regular' | 'one-time' | 'add-on' | 'early-termination';

/** One line of a total: what it is for, how many periods it covers, and its amount. */
export interface CostLine {
  kind: CostLineKind;
  /** The catalogue fee behind the line, for one-time, add-on and early-termination lines. */
  feeId?: string;
  /** How many billing periods the line covers (recurring lines only). */
  periods?: number;
  /** The price of one period (recurring lines only). */
  each?: Money;
  amount: Money;
}

export interface TotalCost {
  months: number;
  lines: CostLine[];
  total: Money;
}

/** The stretches every plan page states a total cost for. */
export const totalCostMonths = [12, 24] as const;

/** The longest stretch the functions accept: ten years. */
export const maxCostMonths = 120;

/**
 * How many billing periods `months` of service take. A yearly plan is paid a
 * year at a time, so 13 months of it are two years' charges.
 */
export function periodsIn(months: number, period: Plan['period']): number {
  return period === 'month' ? months : Math.ceil(months / 12);
}

/**
 * The early-termination charge for leaving after `monthsServed` months, or
 * undefined when there is none (no minimum term, or the term is over). A
 * prorated charge is the fee times the months left divided by the term,
 * rounded down to the minor unit: any rounding goes the customer's way.
 */
export function earlyTerminationCharge(
  plan: CostedPlan,
  catalogue: readonly Fee[],
  monthsServed: number,
): Money | undefined {
  const terms = plan.contract.earlyTerminationFee;
  const monthsLeft = plan.contract.months - monthsServed;
  if (terms === undefined || monthsLeft <= 0) return undefined;
  const [fee] = feesByIds([terms.fee], catalogue) as [Fee];
  if (!terms.prorated) return fee.amount;
  return { ...fee.amount, amount: Math.floor((fee.amount.amount * monthsLeft) / plan.contract.months) };
}

/**
 * The cost of a plan over `months` months of service, starting on the first
 * day: introductory periods first, then regular ones, every mandatory fee
 * included; plus one-time charges, the chosen add-ons (optional recurring
 * fees of the plan, by id) and, when `months` ends before the minimum term,
 * the early-termination charge for cancelling then.
 */
export function totalCost(
  plan: CostedPlan,
  catalogue: readonly Fee[],
  months: number,
  addOns: readonly string[] = [],
): TotalCost {
  if (!Number.isInteger(months) || months < 1 || months > maxCostMonths) {
    throw new RangeError(`A total cost covers 1 to ${maxCostMonths} whole months, not ${months}.`);
  }
  const currency = plan.price.currency;
  const periods = periodsIn(months, plan.period);
  const lines: CostLine[] = [];
  const recurring = (kind: CostLineKind, count: number, each: Money, feeId?: string) => {
    if (count > 0)
      lines.push({
        kind,
        ...(feeId ? { feeId } : {}),
        periods: count,
        each,
        amount: { currency, amount: each.amount * count },
      });
  };

  const intro = allInIntroductoryPrice(plan, catalogue);
  const introPeriods =
    plan.introductory === undefined ? 0 : Math.min(periods, periodsIn(plan.introductory.months, plan.period));
  if (intro !== undefined) recurring('introductory', introPeriods, intro);
  recurring('regular', periods - introPeriods, allInRecurringPrice(plan, catalogue));

  for (const fee of feesByIds(plan.fees.mandatory, catalogue).filter((f) => f.kind === 'one-time')) {
    lines.push({ kind: 'one-time', feeId: fee.id, amount: fee.amount });
  }
  for (const fee of feesByIds(addOns, catalogue)) {
    if (!plan.fees.optional.includes(fee.id) || fee.kind !== 'recurring') {
      throw new Error(`"${fee.id}" is not an optional recurring fee of this plan, so it cannot be added on.`);
    }
    recurring('add-on', periods, recurringFeePerPeriod(fee, plan.period), fee.id);
  }
  const terms = plan.contract.earlyTerminationFee;
  const leaving = earlyTerminationCharge(plan, catalogue, months);
  if (terms !== undefined && leaving !== undefined)
    lines.push({ kind: 'early-termination', feeId: terms.fee, amount: leaving });

  return {
    months,
    lines,
    total: sumMoney(
      currency,
      lines.map((line) => line.amount),
    ),
  };
}
