/**
 * What the prose rules know about the company beyond the file they read: the
 * declared prices and fees, computed by the domain's pricing functions from
 * the entries the reader validated, so that prose cannot quote a number the
 * data does not have. Plain data, so that it can be copied to the threads
 * that check a large tree.
 */
import { factVersions, type FactVersion } from '../domain/policies/policy-facts.ts';
import { policyIdOf } from '../domain/policies/policy-versions.ts';
import { chargeableAmounts, pricePlansWherePossible } from '../domain/pricing/priced-plan.ts';
import { entriesOf, singleData, validItems, type ContentTree } from '../reader/read-content.ts';

export interface CheckFacts {
  /** The moment the check treats as now (SOURCE_DATE_EPOCH or the clock). */
  now: Date;
  /** Every amount a customer can be asked to pay, in minor units as strings. */
  declaredAmounts: ReadonlySet<string>;
  /**
   * True when every plan and the fee catalogue are valid: only then do the
   * declared amounts hold every price, and rules that compare prose with
   * them can judge (otherwise they wait, rather than report what an invalid
   * plan would have declared).
   */
  pricingComplete: boolean;
  /** Each valid plan's id and name with its regular price and its all-in price, in minor units. */
  plans: ReadonlyArray<{
    id: string;
    name: string;
    price: number;
    allIn: number;
    introductory?: number;
    introductoryAllIn?: number;
  }>;
  /**
   * Every plan file's id, and whether it has an introductory price (unknown
   * while the plan is invalid); undefined outside a content tree.
   */
  planIds: ReadonlyMap<string, { hasIntroductory: boolean | undefined }> | undefined;
  /** The ids of the fee catalogue; undefined outside a content tree. */
  feeIds: ReadonlySet<string> | undefined;
  /** Flesch-Kincaid grade limits by kind of content. */
  readability: Readonly<Record<string, { warning: number; error: number }>>;
  /** What becomes of the clause model's findings, by kind of content (site.yaml `modelFindings`). */
  modelFindings: Readonly<Record<string, 'error' | 'warning' | 'off'>>;
  /** The ids of the glossary's terms; undefined outside a content tree. */
  termIds: ReadonlySet<string> | undefined;
  /** The file names in content/papers/images/; undefined outside a content tree. */
  paperImages: ReadonlySet<string> | undefined;
  /** Every valid policy version's declared facts; undefined outside a content tree. */
  factVersions: readonly FactVersion[] | undefined;
  /** The status components' ids; undefined outside a content tree or when components.yaml cannot be read. */
  componentIds: ReadonlySet<string> | undefined;
}

/** Grade limits when site.yaml sets none: warning above 10, error above 12. */
export const defaultReadability = { warning: 10, error: 12 };

/** Facts for checking files outside any content tree: nothing is declared. */
export function emptyFacts(now: Date): CheckFacts {
  return {
    now,
    declaredAmounts: new Set(),
    pricingComplete: true,
    plans: [],
    planIds: undefined,
    feeIds: undefined,
    readability: {},
    modelFindings: {},
    termIds: undefined,
    paperImages: undefined,
    factVersions: undefined,
    componentIds: undefined,
  };
}

/** The facts of a content tree, from its valid entries. */
export function factsOf(tree: ContentTree, now: Date): CheckFacts {
  const site = singleData(tree, 'site');
  const fees = validItems(tree, 'fees');
  const planEntries = entriesOf(tree, 'plan');
  const { priced, unpriceable } = pricePlansWherePossible(planEntries, fees);
  const images = tree.files.filter((file) => file.kind === 'paper-image').map((file) => file.name);
  return {
    now,
    declaredAmounts: new Set([...chargeableAmounts(priced, fees, unpriceable)].map(String)),
    pricingComplete: entriesOf(tree, 'fees')[0]?.data !== undefined && priced.length === planEntries.length,
    plans: priced.map((plan) => ({
      id: plan.id,
      name: plan.data.name,
      price: plan.data.price.amount,
      allIn: plan.allIn.amount,
      ...(plan.introductory
        ? { introductory: plan.introductory.price.amount, introductoryAllIn: plan.introductory.allIn.amount }
        : {}),
    })),
    planIds: new Map(
      planEntries.map((entry) => [entry.id, { hasIntroductory: entry.data && entry.data.introductory !== undefined }]),
    ),
    // Without a fee list to read, no fee can be judged unknown.
    feeIds: entriesOf(tree, 'fees')[0]?.raw === undefined ? undefined : tree.ids.fees,
    readability: site?.readability ?? {},
    modelFindings: site?.modelFindings ?? {},
    // Without a glossary to read, no term can be judged unknown (file/missing or parse/yaml says why).
    termIds: entriesOf(tree, 'glossary')[0]?.raw === undefined ? undefined : tree.ids.glossary,
    paperImages: new Set(images),
    componentIds: entriesOf(tree, 'components')[0]?.raw === undefined ? undefined : tree.ids.components,
    factVersions: factVersions(
      entriesOf(tree, 'policy-version').flatMap((entry) =>
        entry.data === undefined ? [] : [{ policy: policyIdOf(entry.id), data: entry.data }],
      ),
    ),
  };
}
