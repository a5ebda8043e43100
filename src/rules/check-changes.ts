/**
 * What the transparency check says differently about two revisions of the
 * content: problems that are new in the head or fixed, and exceptions
 * (suppressions) added or removed. Problems are matched by file, rule and
 * message, not by line, so that a paragraph added above a problem does not
 * make it look new.
 */
import type { CheckChanges, CheckItem } from '../domain/review/customer-changes.ts';
import type { ContentCheck } from './engine.ts';

/** Items of `head` that `base` lacks, matched by `key`; same-line matches first, then in order. */
function unmatched(base: readonly CheckItem[], head: readonly CheckItem[], key: (item: CheckItem) => string) {
  const pool = new Map<string, CheckItem[]>();
  for (const item of base) pool.set(key(item), [...(pool.get(key(item)) ?? []), item]);
  const left: CheckItem[] = [];
  for (const item of head) {
    const candidates = pool.get(key(item)) ?? [];
    const sameLine = candidates.findIndex((candidate) => candidate.line === item.line);
    const index = sameLine >= 0 ? sameLine : candidates.length > 0 ? 0 : -1;
    if (index >= 0) candidates.splice(index, 1);
    else left.push(item);
  }
  return left;
}

function problems(check: ContentCheck): CheckItem[] {
  return check.files.flatMap((file) =>
    file.diagnostics.map(({ file: path, line, ruleId, severity, message }) => ({
      file: path,
      line,
      ruleId,
      severity,
      message,
    })),
  );
}

function exceptions(check: ContentCheck): CheckItem[] {
  return check.files.flatMap((file) =>
    file.suppressions.map(({ line, rules, reason }) => ({
      file: file.path,
      line,
      ruleId: rules.join(', '),
      message: reason,
    })),
  );
}

const problemKey = (item: CheckItem) => `${item.file}\n${item.ruleId}\n${item.severity}\n${item.message}`;
const exceptionKey = (item: CheckItem) => `${item.file}\n${item.ruleId}\n${item.message}`;

/** Compares the check of the base with the check of the head. */
export function checkChanges(base: ContentCheck, head: ContentCheck): CheckChanges {
  return {
    newProblems: unmatched(problems(base), problems(head), problemKey),
    fixedProblems: unmatched(problems(head), problems(base), problemKey),
    newExceptions: unmatched(exceptions(base), exceptions(head), exceptionKey),
    removedExceptions: unmatched(exceptions(head), exceptions(base), exceptionKey),
    headErrors: head.errors,
  };
}
