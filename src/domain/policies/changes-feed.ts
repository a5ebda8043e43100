/**
 * The Atom 1.0 feed of policy versions (`/policies/changes.xml`), so that
 * customers can subscribe to changes in any feed reader. Written with the
 * `feed` library, which handles Atom's required elements and XML escaping.
 *
 * Every date comes from the content, never from the clock, so the same
 * content always gives the same feed.
 */
import { Feed } from 'feed';
import { formatDay } from '../format-date.ts';
import type { PolicyVersionEntry } from './policy-versions.ts';

export interface FeedSite {
  name: string;
  url: string;
  locale: string;
}

/** Versions newest first: by publication, then by effective date. The changes page and the feed share this order. */
export function versionsNewestFirst<T extends PolicyVersionEntry>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => b.data.published.localeCompare(a.data.published) || b.data.effective.localeCompare(a.data.effective) || a.policy.localeCompare(b.policy));
}

/** A `YYYY-MM-DD` day as the start of that day in UTC, for Atom's timestamps. */
const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** The feed's XML. `versions` may be in any order. */
export function policyChangesFeed(versions: readonly PolicyVersionEntry[], site: FeedSite): string {
  const sorted = versionsNewestFirst(versions);
  const url = (path: string) => new URL(path, site.url).href;
  const newest = sorted[0];
  const feed = new Feed({
    id: url('/policies/changes.xml'),
    title: `${site.name} policy changes`,
    description: `Every version of every ${site.name} policy, newest first.`,
    link: url('/policies/changes/'),
    language: site.locale,
    feedLinks: { atom: url('/policies/changes.xml') },
    author: { name: site.name, link: url('/') },
    copyright: `${site.name}`,
    // A feed with no versions yet still needs a valid <updated>: the epoch says "never".
    updated: newest ? dayStart(newest.data.published) : new Date(0),
    generator: false,
  });
  for (const version of sorted) {
    const { data } = version;
    const link = url(`/policies/${version.policy}/${data.effective}/`);
    const effective = formatDay(data.effective, site.locale);
    const what = data.changes ? `${data.changes.what} Why: ${data.changes.why}` : `First version. ${data.summary}`;
    feed.addItem({
      id: link,
      link,
      title: data.changes ? `${data.title} changes on ${effective}` : `${data.title}: first version, effective ${effective}`,
      date: dayStart(data.published),
      published: dayStart(data.published),
      description: `Effective ${effective}. ${what}`,
      author: [{ name: site.name }],
    });
  }
  return feed.atom1();
}
