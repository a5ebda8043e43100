/**
 * Topics: papers, policies and plans share tags from tags.yaml, and a page
 * about one topic links to the others about it. Pure functions over plain
 * data; the pages collect the items (src/data/topics.ts).
 */

/** Something on the site that is about one or more topics. */
export interface TopicalItem {
  kind: 'paper' | 'policy' | 'plan';
  /** Unique within its kind. */
  id: string;
  title: string;
  summary: string;
  href: string;
  tags: readonly string[];
  /**
   * `YYYY-MM-DD`: a paper's last update, a policy's newest version, a plan's effective date.
   * Newer comes first among equals.
   */
  date: string;
}

const sameItem = (a: TopicalItem, b: Pick<TopicalItem, 'kind' | 'id'>) => a.kind === b.kind && a.id === b.id;

function shared(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  for (const tag of a) if (b.includes(tag)) count += 1;
  return count;
}

/** Newest first, then by title, so that the order never depends on file order. */
function byDateThenTitle(a: TopicalItem, b: TopicalItem): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/** Each list of items, newest first, sorted once however many pages ask. */
const newestFirstOf = new WeakMap<readonly TopicalItem[], readonly TopicalItem[]>();

function newestFirst(items: readonly TopicalItem[]): readonly TopicalItem[] {
  let sorted = newestFirstOf.get(items);
  if (sorted === undefined) {
    sorted = [...items].sort(byDateThenTitle);
    newestFirstOf.set(items, sorted);
  }
  return sorted;
}

/**
 * The items that share at least one tag with `subject`, most shared tags
 * first, then newest first; never the subject itself. Every plan, policy
 * and paper page asks this of all the items, so the items are put newest
 * first once and then only grouped by how many tags they share: linear per
 * page instead of a sort per page (3,000 pages of 3,000 items at 10,000
 * entries, BENCHMARKS.md).
 */
export function relatedItems(
  subject: Pick<TopicalItem, 'kind' | 'id' | 'tags'>,
  items: readonly TopicalItem[],
): TopicalItem[] {
  const byShared: TopicalItem[][] = subject.tags.map(() => []);
  for (const item of newestFirst(items)) {
    if (sameItem(item, subject)) continue;
    const count = shared(subject.tags, item.tags);
    if (count > 0) byShared[count - 1]?.push(item);
  }
  return byShared.reverse().flat();
}

/** The items with a tag, newest first. */
export function itemsWithTag(tag: string, items: readonly TopicalItem[]): TopicalItem[] {
  return items.filter((item) => item.tags.includes(tag)).sort(byDateThenTitle);
}

/** Splits items by kind, keeping their order. */
export function byKind(items: readonly TopicalItem[]): Record<TopicalItem['kind'], TopicalItem[]> {
  const groups: Record<TopicalItem['kind'], TopicalItem[]> = { paper: [], policy: [], plan: [] };
  for (const item of items) groups[item.kind].push(item);
  return groups;
}
