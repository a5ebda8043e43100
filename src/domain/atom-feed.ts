/**
 * What the site's Atom feeds share (policy changes, papers, service status):
 * the feed-level fields, written with the `feed` library, which handles
 * Atom's required elements and XML escaping. Every date comes from the
 * content, never from the clock, so the same content gives the same feed.
 */
import { Feed } from 'feed';

export interface FeedSite {
  name: string;
  url: string;
  locale: string;
}

/** A `YYYY-MM-DD` day as the start of that day in UTC, for Atom's timestamps. */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * A new feed at `feedPath`, describing the page at `pagePath`. A feed with no
 * entries yet still needs a valid <updated>: `undefined` gives the epoch,
 * which says "never".
 */
export function siteFeed(
  site: FeedSite,
  options: {
    feedPath: string;
    /** The same feed as JSON Feed, when it is published too. */
    jsonFeedPath?: string;
    pagePath: string;
    title: string;
    description: string;
    updated: Date | undefined;
  },
): { feed: Feed; url: (path: string) => string } {
  const url = (path: string) => new URL(path, site.url).href;
  const feed = new Feed({
    id: url(options.feedPath),
    title: options.title,
    description: options.description,
    link: url(options.pagePath),
    language: site.locale,
    feedLinks: {
      atom: url(options.feedPath),
      ...(options.jsonFeedPath === undefined ? {} : { json: url(options.jsonFeedPath) }),
    },
    author: { name: site.name, link: url('/') },
    copyright: site.name,
    updated: options.updated ?? new Date(0),
    generator: false,
  });
  return { feed, url };
}
