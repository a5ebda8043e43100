/**
 * A plan with every price a customer sees worked out once: the all-in and
 * introductory prices, the one-time charges, its fees sorted by what they
 * are, the early-termination charges and the totals the plan page states.
 * Pages, components, the pricing API and JSON-LD format these values; none
 * of them adds fees up itself, so they cannot disagree.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { Money } from '../../schemas/money.ts';
import type { Plan } from '../../schemas/plan.ts';
import {
  allInIntroductoryPrice,
  allInRecurringPrice,
  feesByIds,
  oneTimeCharges,
  recurringFeePerPeriod,
} from './all-in-price.ts';
import { planIdentifier } from './plan-identifier.ts';
import { earlyTerminationCharge, totalCost, totalCostMonths, type TotalCost } from './total-cost.ts';

/** A plan with its id, as the pages get it from the collection. */
export interface PlanWithId {
  id: string;
  data: Plan;
}

/** A recurring fee with what it adds to each of the plan's billing periods. */
export interface RecurringFeeCharge {
  fee: Fee;
  /** The fee's amount per plan period (see `recurringFeePerPeriod`). */
  perPeriod: Money;
}

/** What leaving before the end of the minimum term costs. */
export interface EarlyTerminationTerms {
  /** The catalogue fee charged; its amount is the most a customer can pay. */
  fee: Fee;
  /** Whether the charge goes down with every month served. */
  prorated: boolean;
  /** The charge for leaving after 0, 1, … term − 1 months of service: `byMonthsServed[months]`. */
  byMonthsServed: readonly Money[];
}

export interface PricedPlan {
  id: string;
  data: Plan;
  /** The plan's unique identifier (see `planIdentifier`). */
  identifier: string;
  /** What a customer pays each period after any introductory price: the headline price. */
  allIn: Money;
  /** The introductory offer, with its all-in price; undefined when the plan has none. */
  introductory: { months: number; price: Money; allIn: Money } | undefined;
  /** The mandatory one-time charges, added up. */
  oneTime: Money;
  fees: {
    /** Mandatory recurring fees: already in `allIn`. */
    included: readonly RecurringFeeCharge[];
    /** Mandatory one-time fees: `oneTime`, line by line. */
    oneTime: readonly Fee[];
    /** Optional recurring fees: add-ons a customer can choose. */
    addOns: readonly RecurringFeeCharge[];
    /** Optional fees that do not recur: charged only if something happens, such as a late payment or a move. */
    conditional: readonly Fee[];
    /**
     * Every fee the plan names (mandatory, optional, then its early-termination
     * fee), each once: what the cost calculator needs to price the plan in the browser.
     */
    named: readonly Fee[];
  };
  /** Undefined when leaving early costs nothing. */
  earlyTermination: EarlyTerminationTerms | undefined;
  /** What the plan costs over each of `totalCostMonths` (12 and 24), in that order. */
  totals: readonly TotalCost[];
}

/** The data the pricing pages and components read: every plan priced, and the fee catalogue. */
export interface PricingCatalogue {
  plans: readonly PricedPlan[];
  fees: readonly Fee[];
}

/** Prices a plan. Every fee it names must be in the catalogue (the check refuses the rest first). */
export function pricePlan({ id, data }: PlanWithId, fees: readonly Fee[]): PricedPlan {
  const mandatory = feesByIds(data.fees.mandatory, fees);
  const optional = feesByIds(data.fees.optional, fees);
  const charge = (fee: Fee): RecurringFeeCharge => ({ fee, perPeriod: recurringFeePerPeriod(fee, data.period) });
  const terms = data.contract.earlyTerminationFee;
  const introductory = allInIntroductoryPrice(data, fees);
  return {
    id,
    data,
    identifier: planIdentifier(id, data, fees),
    allIn: allInRecurringPrice(data, fees),
    introductory:
      data.introductory && introductory
        ? { months: data.introductory.months, price: data.introductory.price, allIn: introductory }
        : undefined,
    oneTime: oneTimeCharges(data, fees),
    fees: {
      included: mandatory.filter((fee) => fee.kind === 'recurring').map(charge),
      oneTime: mandatory.filter((fee) => fee.kind === 'one-time'),
      addOns: optional.filter((fee) => fee.kind === 'recurring').map(charge),
      conditional: optional.filter((fee) => fee.kind !== 'recurring'),
      named: feesByIds(
        [...new Set([...data.fees.mandatory, ...data.fees.optional, ...(terms ? [terms.fee] : [])])],
        fees,
      ),
    },
    earlyTermination: terms && {
      fee: (feesByIds([terms.fee], fees) as [Fee])[0],
      prorated: terms.prorated,
      byMonthsServed: Array.from(
        { length: data.contract.months },
        (_, served) => earlyTerminationCharge(data, fees, served) as Money,
      ),
    },
    totals: totalCostMonths.map((months) => totalCost(data, fees, months)),
  };
}

/** Prices every plan, in the order given. */
export function pricePlans(plans: readonly PlanWithId[], fees: readonly Fee[]): PricedPlan[] {
  return plans.map((plan) => pricePlan(plan, fees));
}

/** The plans of a content tree that may hold invalid files, priced where they can be. */
export interface PlansPriced {
  /** The valid plans whose fees are all in the catalogue, priced, in the order given. */
  priced: PricedPlan[];
  /** The valid plans that name a fee not in the catalogue: their own prices are known, their all-in prices not. */
  unpriceable: Plan[];
  /** The ids of the plans that are invalid or cannot be priced, in the order given. */
  unpriced: string[];
}

/**
 * Prices every plan that is valid (`data` is undefined for an invalid file)
 * and names only fees of the catalogue. What the rules' facts and the review
 * of a change work from, since both read content the check has not passed.
 */
export function pricePlansWherePossible(
  plans: ReadonlyArray<{ id: string; data: Plan | undefined }>,
  fees: readonly Fee[],
): PlansPriced {
  const priceable: PlanWithId[] = [];
  const unpriceable: Plan[] = [];
  const unpriced: string[] = [];
  for (const { id, data } of plans) {
    if (data !== undefined && canPricePlan(data, fees)) priceable.push({ id, data });
    else unpriced.push(id);
    if (data !== undefined && !canPricePlan(data, fees)) unpriceable.push(data);
  }
  return { priced: pricePlans(priceable, fees), unpriceable, unpriced };
}

/**
 * Whether every fee a plan names (mandatory, optional and early-termination)
 * is in the catalogue, so that it can be priced. Code that prices plans
 * whose references may be broken, such as the rules' facts, asks this
 * before `pricePlan`; the site's pages read only content that passed.
 */
export function canPricePlan(plan: Plan, fees: readonly Fee[]): boolean {
  const byId = new Map(fees.map((fee) => [fee.id, fee]));
  const terms = plan.contract.earlyTerminationFee;
  // Every fee it names exists, in the plan's own currency: amounts in two currencies cannot be added.
  return [...plan.fees.mandatory, ...plan.fees.optional, ...(terms ? [terms.fee] : [])].every(
    (id) => byId.get(id)?.amount.currency === plan.price.currency,
  );
}

/**
 * Every amount a customer can be asked to pay, in minor units: each fee's
 * amount; each plan's price, introductory price, all-in and introductory
 * all-in prices and one-time charges; every recurring fee of the catalogue
 * per each plan's period; each plan's stated totals; and every
 * early-termination charge by months served. Prose may quote these and no
 * other amount. `unpriced` are plans that cannot be priced (a fee they name
 * is not in the catalogue): their own prices still count.
 */
export function chargeableAmounts(
  plans: readonly PricedPlan[],
  fees: readonly Fee[],
  unpriced: ReadonlyArray<Pick<Plan, 'price' | 'introductory'>> = [],
): Set<number> {
  const amounts = new Set<number>();
  const add = (money: Money | undefined) => {
    if (money !== undefined) amounts.add(money.amount);
  };
  for (const fee of fees) add(fee.amount);
  for (const plan of unpriced) {
    add(plan.price);
    add(plan.introductory?.price);
  }
  const recurring = fees.filter((fee) => fee.kind === 'recurring');
  for (const plan of plans) {
    add(plan.data.price);
    add(plan.introductory?.price);
    add(plan.allIn);
    add(plan.introductory?.allIn);
    add(plan.oneTime);
    for (const fee of recurring) add(recurringFeePerPeriod(fee, plan.data.period));
    for (const total of plan.totals) add(total.total);
    for (const charge of plan.earlyTermination?.byMonthsServed ?? []) add(charge);
  }
  return amounts;
}

/** A catalogue fee with the plans that name it. */
export interface FeeOnPlans {
  fee: Fee;
  /** The plans that list the fee, mandatory or optional, in the order given. */
  plans: readonly PricedPlan[];
  /** The plans on which every customer pays it. */
  mandatoryOn: readonly PricedPlan[];
}

/** Each fee of the catalogue, in catalogue order, with the plans that name it: the fee list's and the API's view. */
export function feesOnPlans(plans: readonly PricedPlan[], fees: readonly Fee[]): FeeOnPlans[] {
  return fees.map((fee) => ({
    fee,
    plans: plans.filter(({ data }) => data.fees.mandatory.includes(fee.id) || data.fees.optional.includes(fee.id)),
    mandatoryOn: plans.filter(({ data }) => data.fees.mandatory.includes(fee.id)),
  }));
}
