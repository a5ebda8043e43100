/** `/papers/feed.xml`: the Atom feed of papers (see papers-feed.ts). */
import type { APIRoute } from 'astro';
import { getPapers, getSite, getTags } from '../../data/collections.ts';
import { paperAuthors } from '../../data/papers.ts';
import { papersFeed } from '../../domain/papers/papers-feed.ts';

export const GET: APIRoute = async () => {
  const [site, papers, tags] = await Promise.all([getSite(), getPapers(), getTags()]);
  const labels = new Map(tags.map((tag) => [tag.id, tag.label]));
  const entries = await Promise.all(
    papers.map(async (paper) => ({
      slug: paper.id,
      ...paper.data,
      authors: await paperAuthors(paper),
      topics: paper.data.tags.map((id) => ({ id, label: labels.get(id) ?? id })),
    })),
  );
  const xml = papersFeed(entries, site);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
