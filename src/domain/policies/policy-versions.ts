import type { PolicyVersion } from '../../schemas/policy.ts';

/** One version of one policy, as the pages use it. */
export interface PolicyVersionEntry {
  /** The policy's id: its folder name. */
  policy: string;
  /** The version's front matter. */
  data: PolicyVersion;
}

/** A policy's versions relative to a day. */
export interface PolicyTimeline<T extends PolicyVersionEntry> {
  /** The version in effect on that day; undefined when none has taken effect yet. */
  current: T | undefined;
  /** The next version to take effect after that day, if one is published. */
  upcoming: T | undefined;
  /** Versions that were in effect before the current one, oldest first. */
  past: T[];
  /** Every version, oldest first. */
  versions: T[];
}

/** Where a version stands on the timeline's day. */
export type VersionStatus = 'past' | 'current' | 'upcoming' | 'scheduled';

/** The policy's id from a policy entry's id, `<policy>/<effective-date>`. */
export function policyIdOf(entryId: string): string {
  return entryId.split('/')[0] ?? entryId;
}

/** Groups versions by policy, each group oldest first, policies in title order. */
export function groupPolicyVersions<T extends PolicyVersionEntry>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of [...entries].sort((a, b) => a.data.effective.localeCompare(b.data.effective))) {
    groups.set(entry.policy, [...(groups.get(entry.policy) ?? []), entry]);
  }
  return new Map([...groups].sort(([, a], [, b]) => latest(a).data.title.localeCompare(latest(b).data.title)));
}

/** Which version is current and which is coming, on a given `YYYY-MM-DD` day. */
export function policyTimeline<T extends PolicyVersionEntry>(versions: readonly T[], today: string): PolicyTimeline<T> {
  const sorted = [...versions].sort((a, b) => a.data.effective.localeCompare(b.data.effective));
  const inEffect = sorted.filter((version) => version.data.effective <= today);
  return {
    current: inEffect.at(-1),
    upcoming: sorted.find((version) => version.data.effective > today),
    past: inEffect.slice(0, -1),
    versions: sorted,
  };
}

/**
 * A version's standing: superseded, in effect, the next to take effect, or
 * scheduled after that next one.
 */
export function versionStatus<T extends PolicyVersionEntry>(timeline: PolicyTimeline<T>, version: T): VersionStatus {
  if (version === timeline.current) return 'current';
  if (version === timeline.upcoming) return 'upcoming';
  return timeline.past.includes(version) ? 'past' : 'scheduled';
}

/** The version before `version` in a policy's history, if there is one. */
export function previousVersion<T extends PolicyVersionEntry>(versions: readonly T[], version: T): T | undefined {
  const sorted = [...versions].sort((a, b) => a.data.effective.localeCompare(b.data.effective));
  return sorted[sorted.indexOf(version) - 1];
}

function latest<T extends PolicyVersionEntry>(versions: readonly T[]): T {
  const last = versions.at(-1);
  if (last === undefined) throw new Error('A policy group is never empty.');
  return last;
}
