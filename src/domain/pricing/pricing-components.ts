/**
 * The MDX components that put prices into prose: `<Price plan="…" />`,
 * `<Fee id="…" />` and `<TotalCost plan="…" months={12} />`. What they accept
 * is defined once here; the rule fee/pricing-component uses it to refuse a bad one
 * with its file and line before the build renders anything, and the Astro
 * components use it to pick the number they show from the priced plans.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { Money } from '../../schemas/money.ts';
import { didYouMean } from '../text/nearest.ts';
import { formatMoney } from './money.ts';
import { feesByIds } from './all-in-price.ts';
import type { PricingCatalogue } from './priced-plan.ts';
import { maxCostMonths, totalCost } from './total-cost.ts';

/** Which of a plan's prices `<Price>` shows. */
export const priceShows = ['all-in', 'introductory', 'one-time'] as const;
export type PriceShow = (typeof priceShows)[number];

type PropKind = 'plan' | 'fee' | 'months' | { oneOf: readonly string[] };

/** Each component's props: what they refer to, and whether they are required. */
export const pricingComponents: Record<string, Record<string, { kind: PropKind; required: boolean }>> = {
  Price: { plan: { kind: 'plan', required: true }, show: { kind: { oneOf: priceShows }, required: false } },
  Fee: { id: { kind: 'fee', required: true } },
  TotalCost: { plan: { kind: 'plan', required: true }, months: { kind: 'months', required: true } },
};

/** An attribute as written: a string, a bare boolean attribute, or an expression's source. */
export type WrittenValue = string | true | { expression: string };

/** What the check knows about the data; an undefined list means "not known here", and ids are then not checked. */
export interface KnownPricing {
  plans: ReadonlyMap<string, { hasIntroductory: boolean | undefined }> | undefined;
  feeIds: ReadonlySet<string> | undefined;
}

export interface ComponentProblem {
  /** The attribute at fault, when there is one. */
  attribute?: string;
  message: string;
}

/** Why a written pricing component cannot render; empty when it can. Non-pricing components get no problems here. */
export function pricingComponentProblems(
  name: string,
  attributes: ReadonlyArray<{ name: string; value: WrittenValue }>,
  known: KnownPricing,
): ComponentProblem[] {
  const spec = pricingComponents[name];
  if (spec === undefined) return [];
  const problems: ComponentProblem[] = [];
  const given = new Map(attributes.map((attribute) => [attribute.name, attribute.value]));
  for (const attribute of attributes) {
    if (!(attribute.name in spec))
      problems.push({
        attribute: attribute.name,
        message: `<${name}> has no "${attribute.name}" attribute; it takes ${Object.keys(spec)
          .map((prop) => `"${prop}"`)
          .join(' and ')}.`,
      });
  }
  for (const [prop, { kind, required }] of Object.entries(spec)) {
    const value = given.get(prop);
    if (value === undefined) {
      if (required) problems.push({ message: `<${name}> needs a "${prop}" attribute.` });
      continue;
    }
    const problem = valueProblem(name, prop, kind, value, known);
    if (problem !== undefined) problems.push({ attribute: prop, message: problem });
  }
  const plan = given.get('plan');
  if (
    name === 'Price' &&
    given.get('show') === 'introductory' &&
    typeof plan === 'string' &&
    known.plans?.get(plan)?.hasIntroductory === false
  ) {
    problems.push({ attribute: 'show', message: `The plan "${plan}" has no introductory price.` });
  }
  return problems;
}

function valueProblem(
  name: string,
  prop: string,
  kind: PropKind,
  value: WrittenValue,
  known: KnownPricing,
): string | undefined {
  if (kind === 'months') {
    const text = typeof value === 'object' ? value.expression.trim() : typeof value === 'string' ? value : '';
    const months = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
    return months >= 1 && months <= maxCostMonths
      ? undefined
      : `"${prop}" must be a whole number of months from 1 to ${maxCostMonths}, such as months={12}.`;
  }
  if (typeof value !== 'string') return `"${prop}" must be written as text in quotes, such as ${prop}="…".`;
  if (typeof kind === 'object') {
    return kind.oneOf.includes(value)
      ? undefined
      : `"${prop}" must be one of ${kind.oneOf.map((option) => `"${option}"`).join(', ')}, not "${value}".`;
  }
  const ids = kind === 'plan' ? known.plans : known.feeIds;
  if (ids === undefined || ids.has(value)) return undefined;
  const where = kind === 'plan' ? 'pricing/plans/' : 'pricing/fees.yaml';
  const suggestion = didYouMean(value, ids.keys(), kind === 'plan' ? 'Known plans' : 'Known fees');
  return `<${name}> names the ${kind} "${value}", but there is no such ${kind} in ${where}. ${suggestion}`;
}

/**
 * The amount a pricing component shows, read from the same priced plans as
 * the pricing pages. Bad props throw: the check refuses them earlier with a
 * file and line, so reaching this is a bug, and the build must not go on.
 */
export function pricingComponentAmount(
  name: string,
  props: Readonly<Record<string, unknown>>,
  catalogue: PricingCatalogue,
): Money {
  const plan = (id: unknown) => {
    const found = catalogue.plans.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`<${name}>: there is no plan "${String(id)}".`);
    return found;
  };
  switch (name) {
    case 'Price': {
      const priced = plan(props['plan']);
      const show = (props['show'] ?? 'all-in') as PriceShow;
      if (show === 'one-time') return priced.oneTime;
      if (show === 'introductory') {
        if (priced.introductory === undefined)
          throw new Error(`<Price>: the plan "${String(props['plan'])}" has no introductory price.`);
        return priced.introductory.allIn;
      }
      return priced.allIn;
    }
    case 'Fee':
      return (feesByIds([String(props['id'])], catalogue.fees) as [Fee])[0].amount;
    case 'TotalCost': {
      // The stated totals are worked out already; any other stretch is priced here, from the same function.
      const priced = plan(props['plan']);
      const months = Number(props['months']);
      return (priced.totals.find((total) => total.months === months) ?? totalCost(priced.data, catalogue.fees, months))
        .total;
    }
    default:
      throw new Error(`<${name}> is not a pricing component.`);
  }
}

/**
 * The text a pricing component shows, as `<PricingAmount>` renders it; for
 * anything that is not a pricing component, undefined. Used where prose is
 * read as text, such as a policy diff.
 */
export function pricingComponentText(catalogue: PricingCatalogue, locale: string) {
  return (name: string, props: Readonly<Record<string, string>>): string | undefined =>
    name in pricingComponents
      ? formatMoney(pricingComponentAmount(name, props, catalogue), locale, { stripWholeCents: true })
      : undefined;
}
