/**
 * Numbers repeated uses of a component on one page (1, 2, …), so each gets a
 * unique element id. Pages render one at a time and in document order, so
 * the numbers are the same on every build.
 */
const counts = new Map<string, number>();

export function nextPageIndex(page: string, key: string): number {
  const slot = `${page}\u0000${key}`;
  const next = (counts.get(slot) ?? 0) + 1;
  counts.set(slot, next);
  return next;
}
