/**
 * The Atom 1.0 feed of papers (`/papers/feed.xml`; see atom-feed.ts). A
 * revised paper is re-announced: its entry's <updated> is the revision day,
 * its <published> the first day.
 */
import { dayStart, siteFeed, type FeedSite } from '../atom-feed.ts';

export interface FeedPaper {
  slug: string;
  title: string;
  summary: string;
  published: string;
  updated?: string | undefined;
  authors: ReadonlyArray<{ name: string }>;
  /** Topics, as Atom categories: the tag id as term, its label as label. */
  topics: ReadonlyArray<{ id: string; label: string }>;
}

const lastChange = (paper: FeedPaper) => paper.updated ?? paper.published;

/** Papers by their last change, newest first; then by title. */
export function papersByLastChange<T extends FeedPaper>(papers: readonly T[]): T[] {
  return [...papers].sort((a, b) => lastChange(b).localeCompare(lastChange(a)) || a.title.localeCompare(b.title));
}

/** The feed's XML. `papers` may be in any order. */
export function papersFeed(papers: readonly FeedPaper[], site: FeedSite): string {
  const sorted = papersByLastChange(papers);
  const newest = sorted[0];
  const { feed, url } = siteFeed(site, {
    feedPath: '/papers/feed.xml',
    pagePath: '/papers/',
    title: `${site.name} papers`,
    description: `Long-form writing from ${site.name} on how and why we work the way we do.`,
    updated: newest ? dayStart(lastChange(newest)) : undefined,
  });
  for (const paper of sorted) {
    const link = url(`/papers/${paper.slug}/`);
    feed.addItem({
      id: link,
      link,
      title: paper.title,
      date: dayStart(lastChange(paper)),
      published: dayStart(paper.published),
      description: paper.summary,
      author: paper.authors.map((author) => ({ name: author.name })),
      category: paper.topics.map((topic) => ({ term: topic.id, name: topic.label, scheme: url('/papers/tags/') })),
    });
  }
  return feed.atom1();
}
