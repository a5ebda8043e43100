/**
 * The numbers policies promise (`facts` in a version's front matter), as
 * every other page quotes them: a fee's refund note writes
 * `{fact:refunds/installation-fee-refund-window}` and a paper writes
 * `<PolicyFact policy="refunds" fact="installation-fee-refund-window" />`,
 * and both show the value of the version in effect when the site is built.
 * The check reads the same timeline to find prose that types a number a
 * policy states differently, now or from a version already scheduled.
 */
import type { FactUnit, PolicyFact, PolicyVersion } from '../../schemas/policy.ts';

/** One policy version's facts, with where it stands in time. */
export interface FactVersion {
  policy: string;
  /** The day the version takes effect, `YYYY-MM-DD`. */
  effective: string;
  facts: Readonly<Record<string, PolicyFact>>;
}

/** A fact as a page shows it: its value in the version in effect. */
export interface FactInEffect extends PolicyFact {
  policy: string;
  id: string;
  /** The effective day of the version it comes from. */
  effective: string;
}

/** Each policy version's facts, oldest version first within a policy. */
export function factVersions(
  versions: ReadonlyArray<{ policy: string; data: Pick<PolicyVersion, 'effective' | 'facts'> }>,
): FactVersion[] {
  return versions
    .map((version) => ({ policy: version.policy, effective: version.data.effective, facts: version.data.facts ?? {} }))
    .sort((a, b) => a.policy.localeCompare(b.policy) || a.effective.localeCompare(b.effective));
}

/** `policy/id`, the key a fact is written with. */
export function factKey(policy: string, id: string): string {
  return `${policy}/${id}`;
}

/**
 * Every fact in effect on `day` (`YYYY-MM-DD`), by `policy/id`: each from
 * its policy's latest version that took effect by then. A policy with no
 * version in effect yet has none.
 */
export function factsInEffect(versions: readonly FactVersion[], day: string): Map<string, FactInEffect> {
  const current = new Map<string, FactVersion>();
  for (const version of versions) {
    if (version.effective > day) continue;
    const held = current.get(version.policy);
    if (held === undefined || held.effective < version.effective) current.set(version.policy, version);
  }
  const facts = new Map<string, FactInEffect>();
  for (const version of current.values()) {
    for (const [id, fact] of Object.entries(version.facts)) {
      facts.set(factKey(version.policy, id), { ...fact, policy: version.policy, id, effective: version.effective });
    }
  }
  return facts;
}

/** Each fact's values from `day` on: the one in effect, then every scheduled change, by `policy/id`. */
export function factValuesFrom(versions: readonly FactVersion[], day: string): Map<string, FactInEffect[]> {
  const values = new Map<string, FactInEffect[]>();
  for (const [key, fact] of factsInEffect(versions, day)) values.set(key, [fact]);
  for (const version of versions) {
    if (version.effective <= day) continue;
    for (const [id, fact] of Object.entries(version.facts)) {
      const key = factKey(version.policy, id);
      values.set(key, [
        ...(values.get(key) ?? []),
        { ...fact, policy: version.policy, id, effective: version.effective },
      ]);
    }
  }
  return values;
}

const singular: Record<FactUnit, string> = {
  days: 'day',
  weeks: 'week',
  months: 'month',
  years: 'year',
  hours: 'hour',
  percent: 'percent',
};

/** A fact as prose shows it: "60 days", "1 day", "10%". */
export function formatFact(fact: Pick<PolicyFact, 'value' | 'unit'>): string {
  if (fact.unit === 'percent') return `${fact.value}%`;
  return `${fact.value} ${fact.value === 1 ? singular[fact.unit] : fact.unit}`;
}

/** The unit words a number in prose may carry for each unit, singular and plural. */
export function unitWords(unit: FactUnit): readonly string[] {
  return unit === 'percent' ? ['percent', '%'] : [unit, singular[unit]];
}

/** A written reference to a fact in YAML prose: `{fact:refunds/installation-fee-refund-window}`. */
const referencePattern = /\{fact:([a-z0-9-]+)\/([a-z0-9-]+)\}/g;

/** Every `{fact:policy/id}` written in a text, with its offsets. */
export function factReferences(text: string): Array<{ policy: string; id: string; start: number; end: number }> {
  return [...text.matchAll(referencePattern)].map((match) => ({
    policy: match[1] as string,
    id: match[2] as string,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Why a reference to `policy/id` cannot be shown on `day`; undefined when it can. */
export function factReferenceProblem(
  versions: readonly FactVersion[],
  policy: string,
  id: string,
  day: string,
): string | undefined {
  const ofPolicy = versions.filter((version) => version.policy === policy);
  if (ofPolicy.length === 0) return `There is no policy "${policy}" (content/policies/${policy}/).`;
  if (factsInEffect(ofPolicy, day).has(factKey(policy, id))) return undefined;
  const known = [...new Set(ofPolicy.flatMap((version) => Object.keys(version.facts)))];
  const declared = known.includes(id)
    ? `The ${policy} policy in effect does not declare "${id}"; only a version that is not in effect yet does.`
    : `The ${policy} policy declares no fact "${id}".`;
  return `${declared} ${known.length === 0 ? 'It declares no facts.' : `It declares: ${known.join(', ')}.`}`;
}

/**
 * The text with every `{fact:policy/id}` replaced by the fact's value in
 * effect. Throws on a reference the check (reference/record-component)
 * would have refused, since the page cannot show it.
 */
export function fillFactReferences(text: string, facts: ReadonlyMap<string, FactInEffect>): string {
  return text.replace(referencePattern, (written, policy: string, id: string) => {
    const fact = facts.get(factKey(policy, id));
    if (fact === undefined) throw new Error(`${written} names no fact in effect.`);
    return formatFact(fact);
  });
}

/** `fillFactReferences` over every string of a value (a fee, a plan's data), leaving its shape as it is. */
export function fillFactReferencesIn<T>(value: T, facts: ReadonlyMap<string, FactInEffect>): T {
  if (typeof value === 'string') return fillFactReferences(value, facts) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => fillFactReferencesIn(item, facts)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillFactReferencesIn(item, facts)]),
    ) as T;
  }
  return value;
}
