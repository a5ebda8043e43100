/**
 * Every plan priced once per build, with the fee catalogue: the plan pages,
 * the cards, the compare table, the fee list, the MDX components, the
 * pricing API and JSON-LD all read these same values.
 */
import { fillFactReferencesIn } from '../domain/policies/policy-facts.ts';
import { pricePlans, type PricedPlan, type PricingCatalogue } from '../domain/pricing/priced-plan.ts';
import { getFees, getPlans } from './collections.ts';
import { getPolicyFacts } from './policy-facts.ts';

let catalogue: Promise<PricingCatalogue> | undefined;

/** Every plan priced, in display order, and every fee in catalogue order. */
export function getPricing(): Promise<PricingCatalogue> {
  catalogue ??= (async () => {
    // A fee or plan quotes a policy's number as {fact:policy/id}: filled in here, once, for every page and API.
    const [plans, fees, facts] = await Promise.all([getPlans(), getFees(), getPolicyFacts()]);
    const filledFees = fillFactReferencesIn(fees, facts);
    const filledPlans = plans.map((plan) => ({ ...plan, data: fillFactReferencesIn(plan.data, facts) }));
    return { plans: pricePlans(filledPlans, filledFees), fees: filledFees };
  })();
  return catalogue;
}

/** Every plan priced, in display order. */
export async function getPricedPlans(): Promise<readonly PricedPlan[]> {
  return (await getPricing()).plans;
}
