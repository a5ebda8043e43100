import { createHash } from 'node:crypto';
import type { Fee } from '../../schemas/fee.ts';
import type { Plan } from '../../schemas/plan.ts';
import { feesByIds } from './all-in-price.ts';

/**
 * A plan's unique identifier, as on the FCC broadband label: the plan id plus
 * six hex digits of a hash over everything the customer pays and agrees to
 * (prices, fees with their amounts, contract, effective date). Any change to
 * those gives a new identifier, so an identifier quoted by a customer always
 * names the exact terms they saw; an unchanged plan keeps it build after build.
 */
export function planIdentifier(id: string, plan: Plan, catalogue: readonly Fee[]): string {
  const fees = (ids: readonly string[]) =>
    feesByIds(ids, catalogue).map((fee) => [
      fee.id,
      fee.kind,
      fee.period ?? null,
      fee.amount.amount,
      fee.amount.currency,
    ]);
  const terms = [
    id,
    plan.effective,
    plan.price.amount,
    plan.price.currency,
    plan.period,
    plan.introductory ? [plan.introductory.price.amount, plan.introductory.months] : null,
    plan.contract.months,
    plan.contract.earlyTerminationFee
      ? [plan.contract.earlyTerminationFee.fee, plan.contract.earlyTerminationFee.prorated]
      : null,
    fees(plan.fees.mandatory),
    fees(plan.fees.optional),
  ];
  const hash = createHash('sha256').update(JSON.stringify(terms)).digest('hex').slice(0, 6);
  return `${id}-${hash}`.toUpperCase();
}
