/**
 * The pages' one way into the content: reads Astro's collections and hands
 * the domain functions plain data. Nothing here computes a price, a status or
 * a version; that is the domain's job.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildNow, isoDay } from '../domain/dates.ts';
import { groupPolicyVersions, policyIdOf, policyTimeline } from '../domain/policies/policy-versions.ts';
import type { Site } from '../schemas/site.ts';

/** The moment this build treats as now (see `buildNow`). */
export const now: Date = buildNow(process.env);
/** Today's date for this build, `YYYY-MM-DD`. */
export const today: string = isoDay(now);

/** The company and site settings. */
export async function getSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (entry === undefined)
    throw new Error('content/site.yaml is missing; the check (file/missing) should have said so.');
  const { id: _id, ...site } = entry.data;
  return site;
}

/** Every fee in catalogue order. */
export async function getFees() {
  return (await getCollection('fees')).map((entry) => entry.data);
}

/** Every plan, in display order. */
export async function getPlans(): Promise<Array<CollectionEntry<'plans'>>> {
  return (await getCollection('plans')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** One policy version with its policy id. */
export type PolicyEntry = CollectionEntry<'policies'> & { policy: string };

/** Every policy version, grouped by policy, oldest version first. */
export async function getPolicies(): Promise<Map<string, PolicyEntry[]>> {
  const entries = (await getCollection('policies')).map((entry) => ({ ...entry, policy: policyIdOf(entry.id) }));
  return groupPolicyVersions(entries);
}

/** Each policy's title as of today (its latest version's before any takes effect), by policy id. */
export async function getPolicyTitles(): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const [policy, versions] of await getPolicies()) {
    const timeline = policyTimeline(versions, today);
    const version = timeline.current ?? timeline.upcoming;
    if (version) titles.set(policy, version.data.title);
  }
  return titles;
}

/** Every component, in display order. */
export async function getComponents() {
  return (await getCollection('components')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** Every incident, newest first by first update. */
export async function getIncidents(): Promise<Array<CollectionEntry<'incidents'>>> {
  return (await getCollection('incidents')).sort((a, b) => startOf(b).localeCompare(startOf(a)));
}

/** Every maintenance, soonest first. */
export async function getMaintenances(): Promise<Array<CollectionEntry<'maintenance'>>> {
  return (await getCollection('maintenance')).sort((a, b) =>
    a.data.scheduledStart.localeCompare(b.data.scheduledStart),
  );
}

/** Every paper, newest first. */
export async function getPapers(): Promise<Array<CollectionEntry<'papers'>>> {
  return (await getCollection('papers')).sort((a, b) => b.data.published.localeCompare(a.data.published));
}

/** Every glossary term by id, in the file's order. */
export async function getGlossary() {
  return new Map((await getCollection('glossary')).map((entry) => [entry.id, entry.data]));
}

/** Every tag from tags.yaml, in the file's order. */
export async function getTags() {
  return (await getCollection('tags')).map((entry) => entry.data);
}

/** Every author by id. */
export async function getAuthors() {
  return new Map((await getCollection('authors')).map((entry) => [entry.id, entry.data]));
}

function startOf(incident: CollectionEntry<'incidents'>): string {
  return incident.data.updates[0]?.at ?? '';
}
