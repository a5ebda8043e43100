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
import { entriesOf, singleData, validItems, type ContentTree } from '../../reader/read-content.ts';
import { policyIdOf } from '../policies/policy-versions.ts';
import { canPricePlan, pricePlans, type PricedPlan } from '../pricing/priced-plan.ts';
import { hasPostmortem } from '../status/component-status.ts';
import { statusSnapshot, type StatusSnapshot } from '../status/status-snapshot.ts';

/** One policy version as customers read it: its front matter and its text. */
export interface PolicyVersionView {
  /** `<policy>/<effective-date>`. */
  id: string;
  policy: string;
  data: PolicyVersion;
  text: string;
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
}

/** What customers see of a content tree at `now`, from its valid entries. */
export function customerViewOf(tree: ContentTree, now: Date): CustomerView {
  const site = singleData(tree, 'site');
  const fees = validItems(tree, 'fees');
  const planEntries = entriesOf(tree, 'plan').sort(
    (a, b) => (a.data?.order ?? 0) - (b.data?.order ?? 0) || a.id.localeCompare(b.id),
  );
  const priceable = planEntries.flatMap((entry) =>
    entry.data !== undefined && canPricePlan(entry.data, fees) ? [{ id: entry.id, data: entry.data }] : [],
  );
  const policies = new Map(
    entriesOf(tree, 'policy-version').flatMap((entry) =>
      entry.data === undefined
        ? []
        : [[entry.id, { id: entry.id, policy: policyIdOf(entry.id), data: entry.data, text: entry.body?.text ?? '' }]],
    ),
  );
  return {
    site,
    plans: pricePlans(priceable, fees),
    unpriced: planEntries.filter((entry) => !priceable.some((plan) => plan.id === entry.id)).map((entry) => entry.id),
    fees,
    policies,
    status: statusOf(tree, site, now),
  };
}

/** The status snapshot, built as the status pages build it. */
function statusOf(tree: ContentTree, site: Site | undefined, now: Date): StatusSnapshot | undefined {
  const components = singleData(tree, 'components');
  if (site === undefined || components === undefined) return undefined;
  let order = 0;
  return statusSnapshot({
    site: { name: site.name, url: site.url, timeZone: site.timeZone },
    components: components.groups.flatMap((group) =>
      group.components.map((component) => ({
        ...component,
        group: { id: group.id, name: group.name },
        order: order++,
      })),
    ),
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
