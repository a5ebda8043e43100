/**
 * Builds the document served at `/api/pricing.json` from the content, with
 * every computed number coming from the same functions as the pages.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { Money } from '../../schemas/money.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { MoneyOut, PricingApi } from '../../schemas/pricing-api.ts';
import type { Site } from '../../schemas/site.ts';
import { allInIntroductoryPrice, allInRecurringPrice, oneTimeCharges } from './all-in-price.ts';
import { formatMoney, toDecimal } from './money.ts';
import { planIdentifier } from './plan-identifier.ts';
import { totalCost, totalCostMonths } from './total-cost.ts';

/** A plan with its id, as the pages get it from the collection. */
export interface PlanWithId {
  id: string;
  data: Plan;
}

/** Absolute URLs of the site's pages about pricing. */
export function pricingUrls(siteUrl: string) {
  const base = siteUrl.replace(/\/$/, '');
  return {
    plan: (id: string) => `${base}/pricing/${id}/`,
    fee: (id: string) => `${base}/pricing/fees/#${id}`,
    policy: (id: string) => `${base}/policies/${id}/`,
  };
}

/** Money as the API writes it: minor units, exact decimal and display form. */
export function moneyOut(money: Money, locale: string): MoneyOut {
  return {
    amount: money.amount,
    currency: money.currency,
    decimal: toDecimal(money),
    display: formatMoney(money, locale),
  };
}

export function pricingDocument(
  site: Site,
  plans: readonly PlanWithId[],
  fees: readonly Fee[],
  today: string,
): PricingApi {
  const urls = pricingUrls(site.url);
  const out = (money: Money) => moneyOut(money, site.locale);
  return {
    version: 1,
    generated: today,
    company: { name: site.name, legalName: site.legalName, url: site.url },
    currency: site.currency,
    taxStatement: site.taxStatement,
    effective:
      plans
        .map((plan) => plan.data.effective)
        .sort()
        .at(-1) ?? today,
    plans: plans.map(({ id, data }) => {
      const intro = allInIntroductoryPrice(data, fees);
      return {
        id,
        identifier: planIdentifier(id, data, fees),
        name: data.name,
        summary: data.summary,
        url: urls.plan(id),
        effective: data.effective,
        period: data.period,
        price: out(data.price),
        allInPrice: out(allInRecurringPrice(data, fees)),
        introductory:
          data.introductory && intro
            ? { months: data.introductory.months, price: out(data.introductory.price), allInPrice: out(intro) }
            : null,
        oneTimeCharges: out(oneTimeCharges(data, fees)),
        mandatoryFees: [...data.fees.mandatory],
        optionalFees: [...data.fees.optional],
        contract: {
          months: data.contract.months,
          earlyTermination: data.contract.earlyTermination,
          earlyTerminationFee: data.contract.earlyTerminationFee ? { ...data.contract.earlyTerminationFee } : null,
        },
        autoRenewal: { ...data.autoRenewal },
        signup: [...data.signup],
        cancellation: { channels: [...data.cancellation.channels], howTo: data.cancellation.howTo },
        includes: [...data.includes],
        policies: data.policies.map(urls.policy),
        totalCost: Object.fromEntries(
          totalCostMonths.map((months) => [String(months), out(totalCost(data, fees, months).total)]),
        ) as { '12': MoneyOut; '24': MoneyOut },
      };
    }),
    fees: fees.map((fee) => ({
      id: fee.id,
      name: fee.name,
      url: urls.fee(fee.id),
      amount: out(fee.amount),
      kind: fee.kind,
      period: fee.period ?? null,
      mandatory: fee.mandatory,
      appliesWhen: fee.appliesWhen,
      why: fee.why,
      refundable: fee.refundable,
      refundNote: fee.refundNote ?? null,
      plans: plansWithFee(plans, fee.id),
    })),
  };
}

/** The ids of the plans that list a fee, mandatory or optional. */
export function plansWithFee(plans: readonly PlanWithId[], feeId: string): string[] {
  return plans
    .filter(({ data }) => data.fees.mandatory.includes(feeId) || data.fees.optional.includes(feeId))
    .map(({ id }) => id);
}
