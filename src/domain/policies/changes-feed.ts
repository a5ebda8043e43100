/**
 * The Atom 1.0 feed of policy versions (`/policies/changes.xml`), so that
 * customers can subscribe to changes in any feed reader (see atom-feed.ts).
 */
import { dayStart, siteFeed, type FeedSite } from '../atom-feed.ts';
import { formatDay } from '../format-date.ts';
import type { PolicyVersionEntry } from './policy-versions.ts';

/** Versions newest first: by publication, then by effective date. The changes page and the feed share this order. */
export function versionsNewestFirst<T extends PolicyVersionEntry>(versions: readonly T[]): T[] {
  return [...versions].sort(
    (a, b) =>
      b.data.published.localeCompare(a.data.published) ||
      b.data.effective.localeCompare(a.data.effective) ||
      a.policy.localeCompare(b.policy),
  );
}

/** The feed's XML. `versions` may be in any order. */
export function policyChangesFeed(versions: readonly PolicyVersionEntry[], site: FeedSite): string {
  const sorted = versionsNewestFirst(versions);
  const newest = sorted[0];
  const { feed, url } = siteFeed(site, {
    feedPath: '/policies/changes.xml',
    pagePath: '/policies/changes/',
    title: `${site.name} policy changes`,
    description: `Every version of every ${site.name} policy, newest first.`,
    updated: newest ? dayStart(newest.data.published) : undefined,
  });
  for (const version of sorted) {
    const { data } = version;
    const link = url(`/policies/${version.policy}/${data.effective}/`);
    const effective = formatDay(data.effective, site.locale);
    const what = data.changes ? `${data.changes.what} Why: ${data.changes.why}` : `First version. ${data.summary}`;
    feed.addItem({
      id: link,
      link,
      title: data.changes
        ? `${data.title} changes on ${effective}`
        : `${data.title}: first version, effective ${effective}`,
      date: dayStart(data.published),
      published: dayStart(data.published),
      description: `Effective ${effective}. ${what}`,
      author: [{ name: site.name }],
    });
  }
  return feed.atom1();
}
