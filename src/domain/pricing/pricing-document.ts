/**
 * Builds the document served at `/api/pricing.json` from the priced plans
 * the pages show, so that the API and the pages state the same numbers.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { Money } from '../../schemas/money.ts';
import type { MoneyOut, PricingApi } from '../../schemas/pricing-api.ts';
import type { Site } from '../../schemas/site.ts';
import { formatMoney, toDecimal } from './money.ts';
import { feesOnPlans, type PricedPlan } from './priced-plan.ts';

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

/** The pricing API's document: every priced plan, in the order given, and every fee with the plans that name it. */
export function pricingDocument(
  site: Site,
  plans: readonly PricedPlan[],
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
    plans: plans.map(({ id, data, identifier, allIn, introductory, oneTime, totals }) => ({
      id,
      identifier,
      name: data.name,
      summary: data.summary,
      url: urls.plan(id),
      effective: data.effective,
      period: data.period,
      price: out(data.price),
      allInPrice: out(allIn),
      introductory: introductory
        ? { months: introductory.months, price: out(introductory.price), allInPrice: out(introductory.allIn) }
        : null,
      oneTimeCharges: out(oneTime),
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
      broadband: { ...data.broadband },
      includes: [...data.includes],
      policies: data.policies.map(urls.policy),
      totalCost: Object.fromEntries(totals.map((total) => [String(total.months), out(total.total)])) as {
        '12': MoneyOut;
        '24': MoneyOut;
      },
    })),
    fees: feesOnPlans(plans, fees).map(({ fee, plans: listing }) => ({
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
      plans: listing.map((plan) => plan.id),
    })),
  };
}
