import { describe, expect, it } from 'vitest';
import {
  groupPolicyVersions,
  policyIdOf,
  policyTimeline,
  previousVersion,
  versionStatus,
} from '../../src/domain/policies/policy-versions.ts';
import type { PolicyVersion } from '../../src/schemas/policy.ts';

const version = (policy: string, effective: string, title = policy): { policy: string; data: PolicyVersion } => ({
  policy,
  data: {
    title,
    summary: 's',
    keyPoints: ['a', 'b', 'c'],
    effective,
    published: effective,
    changeType: 'material',
    tags: [],
  },
});

describe('policyTimeline', () => {
  const versions = [version('terms', '2026-09-01'), version('terms', '2025-03-01'), version('terms', '2026-12-15')];
  it('picks the latest version in effect, and the next one to come', () => {
    const timeline = policyTimeline(versions, '2026-11-22');
    expect(timeline.current?.data.effective).toBe('2026-09-01');
    expect(timeline.upcoming?.data.effective).toBe('2026-12-15');
    expect(timeline.versions.map((v) => v.data.effective)).toEqual(['2025-03-01', '2026-09-01', '2026-12-15']);
  });
  it('lists the superseded versions as past, and gives every version its standing', () => {
    const timeline = policyTimeline([...versions, version('terms', '2027-03-01')], '2026-11-22');
    expect(timeline.past.map((v) => v.data.effective)).toEqual(['2025-03-01']);
    expect(timeline.versions.map((v) => versionStatus(timeline, v))).toEqual([
      'past',
      'current',
      'upcoming',
      'scheduled',
    ]);
  });
  it('counts a version as in effect on its effective day', () => {
    expect(policyTimeline(versions, '2026-12-15').current?.data.effective).toBe('2026-12-15');
    expect(policyTimeline(versions, '2026-12-15').upcoming).toBeUndefined();
  });
  it('has no current version before the first takes effect', () => {
    const timeline = policyTimeline(versions, '2025-01-01');
    expect(timeline.current).toBeUndefined();
    expect(timeline.past).toEqual([]);
    expect(timeline.upcoming?.data.effective).toBe('2025-03-01');
  });
});

describe('groupPolicyVersions', () => {
  it('groups by policy, oldest first, policies by title', () => {
    const groups = groupPolicyVersions([
      version('terms', '2026-01-01', 'Terms'),
      version('privacy', '2025-01-01', 'Privacy'),
      version('terms', '2025-01-01', 'Terms'),
    ]);
    expect([...groups.keys()]).toEqual(['privacy', 'terms']);
    expect(groups.get('terms')?.map((v) => v.data.effective)).toEqual(['2025-01-01', '2026-01-01']);
  });
});

describe('previousVersion', () => {
  it('finds the version before, and none before the first', () => {
    const a = version('terms', '2025-01-01');
    const b = version('terms', '2026-01-01');
    expect(previousVersion([b, a], b)).toBe(a);
    expect(previousVersion([b, a], a)).toBeUndefined();
  });
});

describe('policyIdOf', () => {
  it('takes the folder from an entry id', () => {
    expect(policyIdOf('terms-of-service/2026-09-01')).toBe('terms-of-service');
  });
});
