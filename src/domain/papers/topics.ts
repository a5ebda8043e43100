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
  /** `YYYY-MM-DD`: a paper's last update, a policy's newest version, a plan's effective date. Newer comes first among equals. */
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

/**
 * The items that share at least one tag with `subject`, most shared tags
 * first, then newest first; never the subject itself.
 */
export function relatedItems(subject: Pick<TopicalItem, 'kind' | 'id' | 'tags'>, items: readonly TopicalItem[]): TopicalItem[] {
  return items
    .filter((item) => !sameItem(item, subject))
    .map((item) => ({ item, score: shared(subject.tags, item.tags) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || byDateThenTitle(a.item, b.item))
    .map(({ item }) => item);
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
