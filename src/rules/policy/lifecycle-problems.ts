/**
 * Shared by the policy/* rules about history: each policy's versions, and
 * the problems `policyLifecycleProblems` finds in them, worked out once per
 * check. A policy is judged only when every version of it is valid: a
 * version left out would make the next one look like a change it is not.
 * Not a rule itself.
 */
import { policyLifecycleProblems, type LifecycleProblem } from '../../domain/policies/policy-lifecycle.ts';
import { entriesOf, singleData, type ContentTree, type Entry } from '../../reader/read-content.ts';
import { defineContentRule, type ContentRule, type RuleMeta } from '../rule.ts';

const problemsOf = new WeakMap<ContentTree, Array<{ entry: Entry<'policy-version'>; problem: LifecycleProblem }>>();

/** Every lifecycle problem of the tree's policies, with the version it is about. */
export function lifecycleProblems(
  tree: ContentTree,
): Array<{ entry: Entry<'policy-version'>; problem: LifecycleProblem }> {
  const known = problemsOf.get(tree);
  if (known) return known;
  const noticeDays = singleData(tree, 'site')?.policyNoticeDays ?? 0;
  const byPolicy = new Map<string, Array<Entry<'policy-version'>>>();
  for (const entry of entriesOf(tree, 'policy-version')) {
    const versions = byPolicy.get(entry.source.folder) ?? [];
    versions.push(entry);
    byPolicy.set(entry.source.folder, versions);
  }
  const found: Array<{ entry: Entry<'policy-version'>; problem: LifecycleProblem }> = [];
  for (const versions of byPolicy.values()) {
    const valid = versions.flatMap((entry) => (entry.data ? [{ entry, data: entry.data }] : []));
    if (valid.length < versions.length) continue;
    valid.sort((a, b) => a.data.effective.localeCompare(b.data.effective));
    const lifecycle = valid.map(({ entry, data }) => ({
      effective: data.effective,
      published: data.published,
      changeType: data.changeType,
      hasChanges: data.changes !== undefined,
      body: entry.body?.text ?? '',
    }));
    for (const problem of policyLifecycleProblems(lifecycle, noticeDays)) {
      const entry = valid[problem.index]?.entry;
      if (entry) found.push({ entry, problem });
    }
  }
  problemsOf.set(tree, found);
  return found;
}

/**
 * Defines a policy rule that reports the lifecycle problems with the given
 * codes, each at the field of the version the problem names.
 */
export function defineLifecycleRule(
  meta: Omit<RuleMeta, 'messages' | 'appliesTo'>,
  codes: ReadonlyArray<LifecycleProblem['code']>,
): ContentRule {
  return defineContentRule({
    meta: { ...meta, messages: { found: '{{message}}' }, appliesTo: ['policy'] },
    create(context) {
      return {
        tree(tree) {
          for (const { entry, problem } of lifecycleProblems(tree)) {
            if (!codes.includes(problem.code)) continue;
            context.report({
              file: entry.source,
              field: [problem.field],
              part: 'key',
              messageId: 'found',
              data: { message: problem.message },
            });
          }
        },
      };
    },
  });
}
