import { describe, expect, it } from 'vitest';
import { jsonLdScript, planJsonLd } from '../../src/domain/pricing/json-ld.ts';
import { planIdentifier } from '../../src/domain/pricing/plan-identifier.ts';
import { pricePlan } from '../../src/domain/pricing/priced-plan.ts';
import { pricingDocument } from '../../src/domain/pricing/pricing-document.ts';
import type { Fee } from '../../src/schemas/fee.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { PricingApiSchema } from '../../src/schemas/pricing-api.ts';
import type { Site } from '../../src/schemas/site.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const fees: Fee[] = [
  {
    id: 'install',
    name: 'Installation',
    amount: usd(7500),
    kind: 'one-time',
    mandatory: true,
    appliesWhen: 'Once.',
    why: 'A technician visit costs money.',
    refundable: false,
  },
  {
    id: 'e911',
    name: '911 charge',
    amount: usd(150),
    kind: 'recurring',
    period: 'month',
    mandatory: true,
    appliesWhen: 'Monthly.',
    why: 'The county charges it.',
    refundable: false,
  },
  {
    id: 'router',
    name: 'Router',
    amount: usd(800),
    kind: 'recurring',
    period: 'month',
    mandatory: false,
    appliesWhen: 'If you rent one.',
    why: 'Routers cost money.',
    refundable: false,
  },
];
const plan: Plan = {
  name: 'Phone and Fiber',
  summary: 'Internet with a phone line.',
  order: 1,
  effective: '2026-03-01',
  price: usd(6000),
  period: 'month',
  introductory: { price: usd(5000), months: 6 },
  fees: { mandatory: ['install', 'e911'], optional: ['router'] },
  contract: { months: 0, earlyTermination: 'None.' },
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
  tags: [],
};
const site = {
  name: 'Example Fiber',
  legalName: 'Example Fiber, Inc.',
  tagline: 't',
  url: 'https://example.test',
  locale: 'en-US',
  timeZone: 'UTC',
  currency: 'USD',
  taxStatement: 'No taxes.',
  policyNoticeDays: 30,
  support: [],
  postalAddress: 'x',
} as Site;

describe('planIdentifier', () => {
  it('is the same for the same terms, build after build', () => {
    expect(planIdentifier('phone', plan, fees)).toMatch(/^PHONE-[0-9A-F]{6}$/);
    expect(planIdentifier('phone', structuredClone(plan), structuredClone(fees))).toBe(
      planIdentifier('phone', plan, fees),
    );
  });
  it('changes when anything the customer pays changes, even a fee amount', () => {
    const before = planIdentifier('phone', plan, fees);
    expect(planIdentifier('phone', { ...plan, price: usd(6100) }, fees)).not.toBe(before);
    expect(
      planIdentifier(
        'phone',
        plan,
        fees.map((f) => (f.id === 'router' ? { ...f, amount: usd(900) } : f)),
      ),
    ).not.toBe(before);
    expect(planIdentifier('phone', { ...plan, summary: 'Reworded.' }, fees)).toBe(before);
  });
});

describe('pricingDocument', () => {
  const document = pricingDocument(site, [pricePlan({ id: 'phone', data: plan }, fees)], fees, '2026-11-22');
  it('matches its published schema', () => {
    expect(PricingApiSchema.safeParse(document).success).toBe(true);
  });
  it('carries the computed all-in, introductory, one-time and total prices', () => {
    const [out] = document.plans;
    expect(out?.allInPrice).toEqual({ amount: 6150, currency: 'USD', decimal: '61.50', display: '$61.50' });
    expect(out?.introductory?.allInPrice.amount).toBe(5150);
    expect(out?.oneTimeCharges.amount).toBe(7500);
    // 6 × 5150 + 6 × 6150 + 7500 = 30,900 + 36,900 + 7,500.
    expect(out?.totalCost['12'].amount).toBe(75300);
    // + 12 × 6150 = 73,800 more.
    expect(out?.totalCost['24'].amount).toBe(149100);
    expect(out?.policies).toEqual(['https://example.test/policies/terms/']);
  });
  it('lists for each fee the plans it can apply to', () => {
    expect(document.fees.find((fee) => fee.id === 'router')?.plans).toEqual(['phone']);
    expect(document.fees.find((fee) => fee.id === 'router')?.url).toBe('https://example.test/pricing/fees/#router');
  });
  it('fails its schema when a field goes missing', () => {
    const { taxStatement: _dropped, ...broken } = document;
    expect(PricingApiSchema.safeParse(broken).success).toBe(false);
  });
});

describe('planJsonLd', () => {
  const ld = planJsonLd(site, pricePlan({ id: 'phone', data: plan }, fees)) as {
    offers: {
      price: string;
      priceSpecification: Array<{ price: string; priceComponentType: string; billingDuration?: { value: number } }>;
    };
  };
  it('offers the all-in price, with each part as a price specification', () => {
    expect(ld.offers.price).toBe('61.50');
    expect(
      ld.offers.priceSpecification.map((spec) => [
        spec.price,
        spec.priceComponentType.replace('https://schema.org/', ''),
      ]),
    ).toEqual([
      ['51.50', 'Subscription'],
      ['61.50', 'Subscription'],
      ['75.00', 'ActivationFee'],
    ]);
    expect(ld.offers.priceSpecification[0]?.billingDuration?.value).toBe(6);
  });
  it('cannot close its script element, whatever the content says', () => {
    const script = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(script).not.toContain('<');
    expect(JSON.parse(script)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
