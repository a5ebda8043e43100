/**
 * What customers see of one content tree, worked out by the same domain
 * functions the site uses: every plan priced, the fee catalogue, every policy
 * version, and the status record at `now`. `npm run review` builds one view
 * for each of two revisions and compares them (`customer-changes.ts`), so a
 * reviewer reads what changes for customers, never a diff of the files.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { PolicyVersion } from '../../schemas/policy.ts';
import type { Site } from '../../schemas/site.ts';
import { entriesOf, singleData, validItemsOf, type ContentTree, type EntryKind } from '../../reader/read-content.ts';
import { policyIdOf } from '../policies/policy-versions.ts';
import { pricePlansWherePossible, type PricedPlan } from '../pricing/priced-plan.ts';
import { hasPostmortem } from '../status/component-status.ts';
import { statusSnapshot, type StatusSnapshot } from '../status/status-snapshot.ts';
import { storedComponents } from '../status/stored-components.ts';

/** One policy version as customers read it: its front matter and its text. */
export interface PolicyVersionView {
  /** `<policy>/<effective-date>`. */
  id: string;
  policy: string;
  data: PolicyVersion;
  text: string;
}

/**
 * The entries that are there but invalid, by kind. What customers would see
 * of them is unknown, so a review lists them as such, never as removed.
 */
export interface UnreadableEntries {
  /** The path of the fee list when it cannot be read as a list at all. */
  feeList: string | undefined;
  /** The fees of a readable list that are invalid: their id as written, or `item <n>` when it has none. */
  fees: string[];
  policies: string[];
  incidents: string[];
  maintenances: string[];
}

export interface CustomerView {
  /** The site settings, when site.yaml is valid. */
  site: Site | undefined;
  /** Every plan that can be priced, in display order. */
  plans: readonly PricedPlan[];
  /** The plan files that are invalid or name a fee that is not there: their prices are unknown. */
  unpriced: readonly string[];
  /** The valid fees of the catalogue, in catalogue order. */
  fees: readonly Fee[];
  /** Every valid policy version, by id. */
  policies: ReadonlyMap<string, PolicyVersionView>;
  /** The status record at `now`; undefined when site.yaml or components.yaml is invalid. */
  status: StatusSnapshot | undefined;
  unreadable: UnreadableEntries;
}

/** What customers see of a content tree at `now`, from its valid entries. */
export function customerViewOf(tree: ContentTree, now: Date): CustomerView {
  const site = singleData(tree, 'site');
  const feeList = entriesOf(tree, 'fees')[0];
  const fees = validItemsOf(feeList).map(({ item }) => item);
  const planEntries = entriesOf(tree, 'plan').sort(
    (a, b) => (a.data?.order ?? 0) - (b.data?.order ?? 0) || a.id.localeCompare(b.id),
  );
  const { priced, unpriced } = pricePlansWherePossible(planEntries, fees);
  const policies = new Map(
    entriesOf(tree, 'policy-version').flatMap((entry) =>
      entry.data === undefined
        ? []
        : [[entry.id, { id: entry.id, policy: policyIdOf(entry.id), data: entry.data, text: entry.body?.text ?? '' }]],
    ),
  );
  return {
    site,
    plans: priced,
    unpriced,
    fees,
    policies,
    status: statusOf(tree, site, now),
    unreadable: {
      feeList: feeList !== undefined && !Array.isArray(feeList.raw) ? feeList.source.path : undefined,
      fees: invalidFees(feeList),
      policies: invalidIds(tree, 'policy-version'),
      incidents: invalidIds(tree, 'incident'),
      maintenances: invalidIds(tree, 'maintenance'),
    },
  };
}

/** The ids of the entries of one kind that are invalid. */
function invalidIds(tree: ContentTree, kind: EntryKind): string[] {
  return entriesOf(tree, kind).flatMap((entry) => (entry.data === undefined ? [entry.id] : []));
}

/** The fees of a list that can be read as a list but are invalid. */
function invalidFees(feeList: Parameters<typeof validItemsOf<'fees'>>[0]): string[] {
  if (feeList === undefined || !Array.isArray(feeList.raw)) return [];
  const valid = new Set(validItemsOf(feeList).map(({ index }) => index));
  return feeList.raw.flatMap((item: { id?: unknown } | null, index) => {
    if (valid.has(index)) return [];
    return [typeof item?.id === 'string' ? item.id : `item ${index + 1}`];
  });
}

/** The status snapshot, built as the status pages build it. */
function statusOf(tree: ContentTree, site: Site | undefined, now: Date): StatusSnapshot | undefined {
  const components = singleData(tree, 'components');
  if (site === undefined || components === undefined) return undefined;
  return statusSnapshot({
    site: { name: site.name, url: site.url, timeZone: site.timeZone },
    components: storedComponents(components),
    incidents: entriesOf(tree, 'incident').flatMap((entry) =>
      entry.data === undefined
        ? []
        : [{ id: entry.id, data: entry.data, hasPostmortem: hasPostmortem(entry.body?.text) }],
    ),
    maintenances: entriesOf(tree, 'maintenance').flatMap((entry) =>
      entry.data === undefined ? [] : [{ id: entry.id, data: entry.data }],
    ),
    now,
  });
}
