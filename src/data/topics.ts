/**
 * Everything that carries tags, as TopicalItems for the topic functions: each
 * paper, each policy (with its newest version's title, summary and tags) and
 * each plan.
 */
import type { TopicalItem } from '../domain/papers/topics.ts';
import { getPapers, getPlans, getPolicies, getPolicyTitles } from './collections.ts';

let cached: Promise<TopicalItem[]> | undefined;

/** Every tagged kind of page, computed once per build. */
export function getTopicalItems(): Promise<TopicalItem[]> {
  cached ??= collect();
  return cached;
}

async function collect(): Promise<TopicalItem[]> {
  const [papers, policies, titles, plans] = await Promise.all([
    getPapers(),
    getPolicies(),
    getPolicyTitles(),
    getPlans(),
  ]);
  const items: TopicalItem[] = [];
  for (const paper of papers) {
    const { title, summary, tags, published, updated } = paper.data;
    items.push({
      kind: 'paper',
      id: paper.id,
      title,
      summary,
      tags,
      href: `/papers/${paper.id}/`,
      date: updated ?? published,
    });
  }
  for (const [policy, versions] of policies) {
    // Versions come oldest first: the newest says what the policy is about;
    // the title is the one its page shows today.
    const newest = versions.at(-1);
    if (newest === undefined) continue;
    const { summary, tags, effective } = newest.data;
    items.push({
      kind: 'policy',
      id: policy,
      title: titles.get(policy) ?? newest.data.title,
      summary,
      tags,
      href: `/policies/${policy}/`,
      date: effective,
    });
  }
  for (const plan of plans) {
    const { name, summary, tags, effective } = plan.data;
    items.push({
      kind: 'plan',
      id: plan.id,
      title: name,
      summary,
      tags,
      href: `/pricing/${plan.id}/`,
      date: effective,
    });
  }
  return items;
}
