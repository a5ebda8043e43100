/**
 * The rules a policy's history must follow, as one pure function that the
 * policy/* rules call, so that each rule reads the one definition.
 */
import { addDays, daysBetween } from '../dates.ts';
import { changedTermWords } from './term-changes.ts';

export interface LifecycleVersion {
  effective: string;
  published: string;
  changeType: 'material' | 'editorial';
  /** Whether the version says what changed and why. */
  hasChanges: boolean;
  /** The version's text, when known: used to tell an editorial change that is not one. */
  body?: string;
}

export interface LifecycleProblem {
  /** Index of the version at fault, in effective-date order. */
  index: number;
  field: 'changes' | 'published' | 'effective' | 'changeType';
  code:
    | 'first-has-changes'
    | 'missing-changes'
    | 'short-notice'
    | 'same-day'
    | 'editorial-alters-terms'
    | 'rewrites-history';
  message: string;
}

/** Checks a policy's versions, given oldest first, against the notice period. */
export function policyLifecycleProblems(versions: readonly LifecycleVersion[], noticeDays: number): LifecycleProblem[] {
  const problems: LifecycleProblem[] = [];
  versions.forEach((version, index) => {
    const previous = versions[index - 1];
    if (previous === undefined) {
      if (version.hasChanges)
        problems.push({
          index,
          field: 'changes',
          code: 'first-has-changes',
          message: 'This is the first version of the policy, so there is nothing it changed: remove "changes".',
        });
      return;
    }
    if (previous.effective === version.effective) {
      problems.push({
        index,
        field: 'effective',
        code: 'same-day',
        message: `Another version takes effect on the same day (${version.effective}).`,
      });
    }
    // A version published after a later-dated one would slip in before it:
    // history that customers already read would change under them.
    if (previous.published > version.published && previous.effective !== version.effective) {
      problems.push({
        index: index - 1,
        field: 'effective',
        code: 'rewrites-history',
        message:
          `This version was published on ${previous.published}, after the version that takes effect on ` +
          `${version.effective} (published ${version.published}), yet it takes effect earlier ` +
          `(${previous.effective}). A new version must take effect after every version already published: ` +
          'give it a later effective date.',
      });
    }
    if (!version.hasChanges) {
      problems.push({
        index,
        field: 'changes',
        code: 'missing-changes',
        message: 'Every version after the first must say what changed and why: add "changes" with "what" and "why".',
      });
    }
    if (version.changeType === 'material') {
      const notice = daysBetween(version.published, version.effective);
      // Published after it takes effect is a problem of its own (policy/published-after-effective).
      if (notice >= 0 && notice < noticeDays) {
        problems.push({
          index,
          field: 'published',
          code: 'short-notice',
          message:
            `A material change needs ${noticeDays} days' notice, but this version is published only ${notice} ` +
            `days before it takes effect. Published on ${version.published}, it may take effect on ` +
            `${addDays(version.published, noticeDays)} at the earliest: move its effective date, and its file ` +
            'name, to that day or later.',
        });
      }
    } else if (version.body !== undefined && previous.body !== undefined) {
      const changed = changedTermWords(previous.body, version.body);
      if (changed.length > 0) {
        problems.push({
          index,
          field: 'changeType',
          code: 'editorial-alters-terms',
          message:
            'This change is marked editorial, but it changes numbers, amounts, deadlines, quantifiers or ' +
            `negations, or removes text (${changed.slice(0, 6).join(', ')}): mark it material and give notice.`,
        });
      }
    }
  });
  return problems;
}
