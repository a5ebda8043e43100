/**
 * Shared by the policy/* rules: the lifecycle problems of the version a
 * document is, and where its fields are written. Not a rule itself.
 */
import { policyLifecycleProblems, type LifecycleProblem } from '../../../domain/policies/policy-lifecycle.ts';
import type { CheckDocument } from '../../document.ts';
import type { CheckFacts } from '../../facts.ts';
import { fieldRange } from '../../field-range.ts';
import { defineRule, type Rule, type RuleMeta } from '../../rule.ts';

/** The problems of this document's version, among all versions of its policy. */
export function lifecycleProblemsOf(document: CheckDocument, facts: CheckFacts): LifecycleProblem[] {
  const match = /policies\/([^/]+)\/([^/]+)$/.exec(document.path.split('\\').join('/'));
  if (match === null) return [];
  const versions = facts.policies.get(match[1] as string) ?? [];
  const index = versions.findIndex((version) => version.path.endsWith(`${match[1]}/${match[2]}`));
  if (index === -1) return [];
  return policyLifecycleProblems(versions, facts.policyNoticeDays).filter((problem) => problem.index === index);
}

/**
 * Defines a policy rule that reports the lifecycle problems with the given
 * codes, each at the front-matter field `fieldFor` names. The three policy
 * rules differ only in these.
 */
export function defineLifecycleRule(
  meta: Omit<RuleMeta, 'messages' | 'appliesTo'>,
  codes: ReadonlyArray<LifecycleProblem['code']>,
  fieldFor: (problem: LifecycleProblem) => string,
): Rule {
  return defineRule({
    meta: { ...meta, messages: { found: '{{message}}' }, appliesTo: ['policy'] },
    create(context) {
      return {
        document(document) {
          for (const problem of lifecycleProblemsOf(document, context.facts)) {
            if (!codes.includes(problem.code)) continue;
            context.report({
              range: fieldRange(document, fieldFor(problem)),
              messageId: 'found',
              data: { message: problem.message },
            });
          }
        },
      };
    },
  });
}
