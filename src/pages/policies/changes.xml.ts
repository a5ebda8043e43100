/** `/policies/changes.xml`: the Atom feed of every policy version (see changes-feed.ts). */
import type { APIRoute } from 'astro';
import { getPolicies, getSite } from '../../data/collections.ts';
import { policyChangesFeed } from '../../domain/policies/changes-feed.ts';

export const GET: APIRoute = async () => {
  const [site, policies] = await Promise.all([getSite(), getPolicies()]);
  const xml = policyChangesFeed([...policies.values()].flat(), site);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
