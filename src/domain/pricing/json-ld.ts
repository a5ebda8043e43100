/**
 * schema.org JSON-LD for a plan page: a `Product` with one `Offer` whose
 * `price` is the all-in price, and a `PriceSpecification` for each part of
 * what the customer pays, so that search engines and comparison tools read the
 * same numbers as the pricing facts label.
 */
import type { Money } from '../../schemas/money.ts';
import type { Site } from '../../schemas/site.ts';
import { toDecimal } from './money.ts';
import type { PricedPlan } from './priced-plan.ts';
import { pricingUrls } from './pricing-document.ts';

/** UN/CEFACT unit codes schema.org uses for billing periods. */
const unitCode = { month: 'MON', year: 'ANN' } as const;

export function planJsonLd(site: Site, plan: PricedPlan): Record<string, unknown> {
  const { id, data, allIn, introductory } = plan;
  const urls = pricingUrls(site.url);
  const unit = unitCode[data.period];
  const price = (money: Money) => ({ price: toDecimal(money), priceCurrency: money.currency });
  const specifications: Array<Record<string, unknown>> = [];
  if (introductory) {
    specifications.push({
      '@type': 'UnitPriceSpecification',
      name: `Introductory all-in price for the first ${introductory.months} months`,
      priceComponentType: 'https://schema.org/Subscription',
      ...price(introductory.allIn),
      referenceQuantity: { '@type': 'QuantitativeValue', value: 1, unitCode: unit },
      billingDuration: { '@type': 'QuantitativeValue', value: introductory.months, unitCode: 'MON' },
    });
  }
  specifications.push({
    '@type': 'UnitPriceSpecification',
    name: 'All-in price, every mandatory fee included',
    priceComponentType: 'https://schema.org/Subscription',
    ...price(allIn),
    referenceQuantity: { '@type': 'QuantitativeValue', value: 1, unitCode: unit },
    ...(introductory ? { billingStart: introductory.months + 1 } : {}),
  });
  for (const fee of plan.fees.oneTime) {
    specifications.push({
      '@type': 'UnitPriceSpecification',
      name: fee.name,
      priceComponentType: 'https://schema.org/ActivationFee',
      ...price(fee.amount),
    });
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: data.name,
    description: data.summary,
    sku: plan.identifier,
    url: urls.plan(id),
    brand: { '@type': 'Organization', name: site.name, legalName: site.legalName, url: site.url },
    offers: {
      '@type': 'Offer',
      url: urls.plan(id),
      ...price(allIn),
      availability: 'https://schema.org/InStock',
      validFrom: data.effective,
      priceSpecification: specifications,
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped so
 * that no string in the content can close the element early.
 */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
