/**
 * Shared by the policy/* rules: the lifecycle problems of the version a
 * document is, and where its fields are written. Not a rule itself.
 */
import { policyLifecycleProblems, type LifecycleProblem } from '../../../domain/policies/policy-lifecycle.ts';
import type { CheckDocument } from '../../document.ts';
import type { CheckFacts } from '../../facts.ts';

/** The problems of this document's version, among all versions of its policy. */
export function lifecycleProblemsOf(document: CheckDocument, facts: CheckFacts): LifecycleProblem[] {
  const match = /policies\/([^/]+)\/([^/]+)$/.exec(document.path.split('\\').join('/'));
  if (match === null) return [];
  const versions = facts.policies.get(match[1] as string) ?? [];
  const index = versions.findIndex((version) => version.path.endsWith(`${match[1]}/${match[2]}`));
  if (index === -1) return [];
  return policyLifecycleProblems(versions, facts.policyNoticeDays).filter((problem) => problem.index === index);
}

/** The offsets of a front-matter field's line, or of the first line. */
export function fieldRange(document: CheckDocument, field: string): { start: number; end: number } {
  const at = document.source.search(new RegExp(`^${field}:`, 'm'));
  if (at === -1) return { start: 0, end: 0 };
  const end = document.source.indexOf('\n', at);
  return { start: at, end: end === -1 ? document.source.length : end };
}
