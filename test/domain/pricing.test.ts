import { describe, expect, it } from 'vitest';
import {
  allInIntroductoryPrice,
  allInRecurringPrice,
  feesByIds,
  oneTimeCharges,
  recurringFeePerPeriod,
  type PlanPricing,
} from '../../src/domain/pricing/all-in-price.ts';
import { formatMoney, minorUnitDigits, sumMoney, toDecimal } from '../../src/domain/pricing/money.ts';
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
const catalogue: Fee[] = [
  fee('e911', { amount: usd(150) }),
  fee('install', { kind: 'one-time', period: undefined, amount: usd(7500) } as Partial<Fee>),
  fee('yearly-levy', { amount: usd(1000), period: 'year' }),
  fee('router', { amount: usd(800), mandatory: false }),
];
const plan = (overrides: Partial<PlanPricing>): PlanPricing => ({
  price: usd(5500),
  period: 'month',
  introductory: undefined,
  fees: { mandatory: [], optional: [] },
  ...overrides,
});

describe('allInRecurringPrice', () => {
  it('is the plan price when no fee is mandatory', () => {
    expect(allInRecurringPrice(plan({}), catalogue)).toEqual(usd(5500));
  });
  it('adds every mandatory recurring fee, and only those', () => {
    const p = plan({ fees: { mandatory: ['e911', 'install'], optional: ['router'] } });
    expect(allInRecurringPrice(p, catalogue)).toEqual(usd(5650));
  });
  it('spreads a yearly fee over a monthly plan, rounding up so the price never understates', () => {
    // 1000 / 12 = 83.33… cents: rounds up to 84.
    const p = plan({ fees: { mandatory: ['yearly-levy'], optional: [] } });
    expect(allInRecurringPrice(p, catalogue)).toEqual(usd(5584));
  });
  it('counts a monthly fee twelve times on a yearly plan', () => {
    const p = plan({ price: usd(50000), period: 'year', fees: { mandatory: ['e911'], optional: [] } });
    expect(allInRecurringPrice(p, catalogue)).toEqual(usd(51800));
  });
});

describe('allInIntroductoryPrice', () => {
  it('is undefined without an introductory price', () => {
    expect(allInIntroductoryPrice(plan({}), catalogue)).toBeUndefined();
  });
  it('adds the same mandatory fees to the introductory price', () => {
    const p = plan({ introductory: { price: usd(3500), months: 6 }, fees: { mandatory: ['e911'], optional: [] } });
    expect(allInIntroductoryPrice(p, catalogue)).toEqual(usd(3650));
  });
});

describe('oneTimeCharges', () => {
  it('adds mandatory one-time fees only', () => {
    const p = plan({ fees: { mandatory: ['install', 'e911'], optional: [] } });
    expect(oneTimeCharges(p, catalogue)).toEqual(usd(7500));
  });
  it('is zero when there are none', () => {
    expect(oneTimeCharges(plan({}), catalogue)).toEqual(usd(0));
  });
});

describe('recurringFeePerPeriod', () => {
  it('keeps a fee whose period matches the plan', () => {
    expect(recurringFeePerPeriod(catalogue[0] as Fee, 'month')).toEqual(usd(150));
  });
  it('rounds 1 cent a year up to 1 cent a month', () => {
    expect(recurringFeePerPeriod(fee('tiny', { amount: usd(1), period: 'year' }), 'month')).toEqual(usd(1));
  });
});

describe('feesByIds', () => {
  it('throws on an id the catalogue does not have', () => {
    expect(() => feesByIds(['nope'], catalogue)).toThrow(/Unknown fee "nope"/);
  });
});

describe('money', () => {
  it('formats minor units exactly in the locale', () => {
    expect(formatMoney(usd(5650), 'en-US')).toBe('$56.50');
    expect(formatMoney(usd(5), 'en-US')).toBe('$0.05');
    expect(formatMoney({ amount: 123456, currency: 'EUR' }, 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney({ amount: 1500, currency: 'JPY' }, 'ja-JP')).toBe('￥1,500');
  });
  it('formats amounts beyond float precision without rounding', () => {
    // 2^53 + 1 cents cannot be represented as a double of dollars.
    expect(formatMoney(usd(900719925474099), 'en-US')).toBe('$9,007,199,254,740.99');
  });
  it('knows each currency’s minor unit', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('BHD')).toBe(3);
  });
  it('refuses to add different currencies', () => {
    expect(() => sumMoney('USD', [usd(1), { amount: 1, currency: 'EUR' }])).toThrow(/Cannot add EUR to USD/);
  });
});

describe('toDecimal and prose formatting', () => {
  it('writes exact decimal strings for machine-readable formats', () => {
    expect(toDecimal(usd(7000))).toBe('70.00');
    expect(toDecimal(usd(5))).toBe('0.05');
    expect(toDecimal(usd(-150))).toBe('-1.50');
    expect(toDecimal({ amount: 1500, currency: 'JPY' })).toBe('1500');
    expect(toDecimal({ amount: 1234, currency: 'BHD' })).toBe('1.234');
  });
  it('drops ".00" only on whole amounts when asked', () => {
    expect(formatMoney(usd(4500), 'en-US', { stripWholeCents: true })).toBe('$45');
    expect(formatMoney(usd(5650), 'en-US', { stripWholeCents: true })).toBe('$56.50');
    expect(formatMoney(usd(4500), 'en-US')).toBe('$45.00');
  });
});
