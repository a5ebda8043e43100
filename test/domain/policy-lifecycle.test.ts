import { describe, expect, it } from 'vitest';
import { policyLifecycleProblems, type LifecycleVersion } from '../../src/domain/policies/policy-lifecycle.ts';

const version = (effective: string, published: string, extra: Partial<LifecycleVersion> = {}): LifecycleVersion => ({
  effective,
  published,
  changeType: 'material',
  hasChanges: true,
  ...extra,
});

describe('policyLifecycleProblems', () => {
  it('accepts versions published in the order they take effect', () => {
    expect(
      policyLifecycleProblems(
        [version('2025-03-01', '2025-01-15', { hasChanges: false }), version('2025-09-01', '2025-07-01')],
        30,
      ),
    ).toEqual([]);
  });
  it('refuses a version published later that takes effect before one already published', () => {
    const problems = policyLifecycleProblems(
      [
        version('2025-03-01', '2025-01-15', { hasChanges: false }),
        version('2025-06-01', '2025-04-01'),
        version('2025-09-01', '2025-02-01'),
      ].sort((a, b) => a.effective.localeCompare(b.effective)),
      30,
    );
    expect(problems.map((p) => [p.index, p.code])).toEqual([[1, 'rewrites-history']]);
    expect(problems[0]?.message).toContain(
      'This version was published on 2025-04-01, after the version that takes effect on 2025-09-01 ' +
        '(published 2025-02-01), yet it takes effect earlier (2025-06-01).',
    );
  });
  it('still reports a short notice and a missing explanation', () => {
    expect(
      policyLifecycleProblems(
        [
          version('2025-03-01', '2025-01-15', { hasChanges: false }),
          version('2025-04-01', '2025-03-20', { hasChanges: false }),
        ],
        30,
      ).map((p) => p.code),
    ).toEqual(['missing-changes', 'short-notice']);
  });
  it('names the earliest day a short-notice change may take effect', () => {
    const [problem] = policyLifecycleProblems(
      [version('2025-03-01', '2025-01-15', { hasChanges: false }), version('2025-04-01', '2025-03-20')],
      30,
    );
    expect(problem?.code).toBe('short-notice');
    expect(problem?.message).toBe(
      "A material change needs 30 days' notice, but this version is published only 12 days before it takes " +
        'effect. Published on 2025-03-20, it may take effect on 2025-04-19 at the earliest: move its effective ' +
        'date, and its file name, to that day or later.',
    );
  });
});
