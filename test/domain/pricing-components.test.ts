import { describe, expect, it } from 'vitest';
import {
  pricingComponentAmount,
  pricingComponentProblems,
  type KnownPricing,
} from '../../src/domain/pricing/pricing-components.ts';
import { pricePlans } from '../../src/domain/pricing/priced-plan.ts';
import type { Fee } from '../../src/schemas/fee.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const known: KnownPricing = {
  plans: new Map([
    ['fiber-300', { hasIntroductory: false }],
    ['fiber-1000', { hasIntroductory: true }],
  ]),
  feeIds: new Set(['installation']),
};
const problems = (name: string, attributes: Record<string, string | true | { expression: string }>) =>
  pricingComponentProblems(
    name,
    Object.entries(attributes).map(([attribute, value]) => ({ name: attribute, value })),
    known,
  ).map((problem) => problem.message);

describe('pricingComponentProblems', () => {
  it('accepts components that name what exists', () => {
    expect(problems('Price', { plan: 'fiber-300' })).toEqual([]);
    expect(problems('Price', { plan: 'fiber-1000', show: 'introductory' })).toEqual([]);
    expect(problems('Fee', { id: 'installation' })).toEqual([]);
    expect(problems('TotalCost', { plan: 'fiber-300', months: { expression: '24' } })).toEqual([]);
    expect(problems('Aside', { anything: 'goes' })).toEqual([]);
  });
  it('names the unknown id, the near one it may mean, and the ids that exist', () => {
    expect(problems('Fee', { id: 'instalation' })).toEqual([
      '<Fee> names the fee "instalation", but there is no such fee in pricing/fees.yaml. ' +
        'Did you mean "installation"? Known fees: installation.',
    ]);
    expect(problems('Price', { plan: 'fiber-500' })[0]).toContain(
      'Did you mean "fiber-300"? Known plans: fiber-1000, fiber-300.',
    );
  });
  it('guesses nothing for an id near none', () => {
    expect(problems('Fee', { id: 'modem' })).toEqual([
      '<Fee> names the fee "modem", but there is no such fee in pricing/fees.yaml. Known fees: installation.',
    ]);
  });
  it('refuses missing, unknown and badly written attributes', () => {
    expect(problems('Price', {})).toEqual(['<Price> needs a "plan" attribute.']);
    expect(problems('Fee', { id: 'installation', amount: '5' })[0]).toContain('has no "amount" attribute');
    expect(problems('Fee', { id: { expression: 'someVariable' } })[0]).toContain('must be written as text in quotes');
    expect(problems('Price', { plan: 'fiber-300', show: 'cheapest' })[0]).toContain(
      '"show" must be one of "all-in", "introductory", "one-time"',
    );
    expect(problems('TotalCost', { plan: 'fiber-300', months: { expression: '12 * 2' } })[0]).toContain(
      'whole number of months from 1 to 120',
    );
    expect(problems('TotalCost', { plan: 'fiber-300', months: { expression: '0' } })).toHaveLength(1);
    expect(problems('TotalCost', { plan: 'fiber-300' })).toEqual(['<TotalCost> needs a "months" attribute.']);
  });
  it('refuses an introductory price for a plan without one', () => {
    expect(problems('Price', { plan: 'fiber-300', show: 'introductory' })).toEqual([
      'The plan "fiber-300" has no introductory price.',
    ]);
  });
  it('checks no ids when the data is not known', () => {
    expect(
      pricingComponentProblems('Fee', [{ name: 'id', value: 'anything' }], { plans: undefined, feeIds: undefined }),
    ).toEqual([]);
  });
});

describe('pricingComponentAmount', () => {
  const usd = (amount: number) => ({ amount, currency: 'USD' });
  const fees: Fee[] = [
    {
      id: 'installation',
      name: 'Installation',
      amount: usd(7500),
      kind: 'one-time',
      mandatory: true,
      appliesWhen: 'Once.',
      why: 'A technician visit costs money.',
      refundable: false,
    },
  ];
  const data = {
    price: usd(7000),
    period: 'month',
    introductory: { price: usd(5500), months: 6 },
    fees: { mandatory: ['installation'], optional: [] },
    contract: { months: 0, earlyTermination: 'None.' },
  } as unknown as Plan;
  const catalogue = { plans: pricePlans([{ id: 'fiber-1000', data }], fees), fees };
  it('computes each component’s amount from the data', () => {
    expect(pricingComponentAmount('Price', { plan: 'fiber-1000' }, catalogue)).toEqual(usd(7000));
    expect(pricingComponentAmount('Price', { plan: 'fiber-1000', show: 'introductory' }, catalogue)).toEqual(usd(5500));
    expect(pricingComponentAmount('Price', { plan: 'fiber-1000', show: 'one-time' }, catalogue)).toEqual(usd(7500));
    expect(pricingComponentAmount('Fee', { id: 'installation' }, catalogue)).toEqual(usd(7500));
    // 6 × 5500 + 6 × 7000 + 7500.
    expect(pricingComponentAmount('TotalCost', { plan: 'fiber-1000', months: 12 }, catalogue)).toEqual(usd(82500));
    // A stretch the plan page does not state is priced on demand, by the same function.
    expect(pricingComponentAmount('TotalCost', { plan: 'fiber-1000', months: 7 }, catalogue)).toEqual(usd(47500));
  });
  it('throws on an unknown plan rather than rendering a wrong number', () => {
    expect(() => pricingComponentAmount('Price', { plan: 'nope' }, catalogue)).toThrow(/no plan "nope"/);
  });
});
