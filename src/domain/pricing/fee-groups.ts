/**
 * The fee list as customers read it: grouped by how often a fee is charged,
 * each group sorted by name, and for each fee the plans it can appear on,
 * named once.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { FeeOnPlans } from './priced-plan.ts';

export type FeeKind = Fee['kind'];

/** The groups in the order a customer meets them: what every bill carries, then one-time, then situational. */
export const feeKindOrder: readonly FeeKind[] = ['recurring', 'one-time', 'conditional'];

export interface FeeGroup {
  kind: FeeKind;
  fees: FeeOnPlans[];
}

/** The fees grouped by kind, in `feeKindOrder`, each group sorted by name; empty groups are left out. */
export function groupFees(fees: readonly FeeOnPlans[], locale: string): FeeGroup[] {
  const collator = new Intl.Collator(locale);
  return feeKindOrder
    .map((kind) => ({
      kind,
      fees: fees.filter(({ fee }) => fee.kind === kind).sort((a, b) => collator.compare(a.fee.name, b.fee.name)),
    }))
    .filter((group) => group.fees.length > 0);
}

/**
 * Which plans a fee can appear on, for a sentence: "every plan" when it is
 * on all of them, otherwise their names.
 */
export function planScope(on: readonly string[], allPlans: number, locale: string): string {
  if (on.length === 0) return 'no plan at the moment';
  if (on.length === allPlans) return 'every plan';
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(on);
}
