/**
 * Every plan priced once per build, with the fee catalogue: the plan pages,
 * the cards, the compare table, the fee list, the MDX components, the
 * pricing API and JSON-LD all read these same values.
 */
import { pricePlans, type PricedPlan, type PricingCatalogue } from '../domain/pricing/priced-plan.ts';
import { getFees, getPlans } from './collections.ts';

let catalogue: Promise<PricingCatalogue> | undefined;

/** Every plan priced, in display order, and every fee in catalogue order. */
export function getPricing(): Promise<PricingCatalogue> {
  catalogue ??= (async () => {
    const [plans, fees] = await Promise.all([getPlans(), getFees()]);
    return { plans: pricePlans(plans, fees), fees };
  })();
  return catalogue;
}

/** Every plan priced, in display order. */
export async function getPricedPlans(): Promise<readonly PricedPlan[]> {
  return (await getPricing()).plans;
}
