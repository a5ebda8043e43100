import { quoteChange } from '../../domain/text/changed-span.ts';
import { formatFieldPath } from '../diagnostic.ts';
import { defineContentRule } from '../rule.ts';
import { placeOf, versionsOnRecord } from './policy-versions-on-record.ts';

/** What a field held and holds, quoted around the change, for a message. */
function beforeAndAfter(before: string, after: string): string {
  const quoted = quoteChange(before, after);
  return `${quoted.before} is now ${quoted.after}`;
}

export default defineContentRule({
  meta: {
    id: 'record/policy-version-edited',
    severity: 'error',
    description:
      'A published policy version never changes in meaning; a fix of its wording is recorded as a correction.',
    rationale:
      'Customers agreed to the words they were shown. A version edited after it was published changes, ' +
      'without notice and without a trace, what they agreed to.',
    source:
      'Plainsight: policies keep every version; EU Directive 93/13/EEC, Annex 1(j) (no unilateral change ' +
      'of terms without a valid reason stated in the contract)',
    suppressible: false,
    messages: {
      fixed:
        '{{field}} was {{before}} when this version was published and is now {{after}}. The dates and change ' +
        'type of a published version never change: put back {{before}}, and add a new version to change them.',
      text:
        'This version was published on {{published}}; since then its {{what}} changed: {{change}}. ' +
        'A published version keeps its words: undo the edit, or, if it only fixes a mistake in wording, ' +
        'record it under "corrections" (date, what, why) in the same change. To change the terms, add a new version.',
      correction:
        'The correction of {{date}} is on the record and was changed or removed: corrections are only ever added.',
    },
    appliesTo: ['policy'],
    examples: {
      bad: 'a version in effect edited from "within 10 days" to "within 45 days"',
      good: 'a typo fixed, with corrections: [{ date: 2026-11-25, what: Fixed a typo, why: A reader spotted it }]',
    },
  },
  create(context) {
    return {
      tree(tree) {
        if (context.base === undefined) return;
        for (const version of versionsOnRecord(context.base, tree, context.facts.now)) {
          const file = version.now.source;
          const { fixed, text, rewrittenCorrection, addedCorrections } = version.comparison;
          for (const change of fixed) {
            context.report({
              file,
              field: change.field,
              messageId: 'fixed',
              data: { field: formatFieldPath(change.field), before: change.before, after: change.after },
            });
          }
          if (rewrittenCorrection !== undefined) {
            const corrections = version.now.data.corrections ?? [];
            const date = version.pair.record.data.corrections?.[rewrittenCorrection]?.date ?? '';
            // At the correction that differs; at the list when it is shorter; at the file when it is gone.
            const at =
              rewrittenCorrection < corrections.length
                ? { field: ['corrections', rewrittenCorrection] }
                : corrections.length > 0
                  ? { field: ['corrections'], part: 'key' as const }
                  : {};
            context.report({ file, ...at, messageId: 'correction', data: { date } });
          }
          if (addedCorrections > 0) continue;
          for (const change of text) {
            context.report({
              file,
              ...placeOf(version.now, change),
              messageId: 'text',
              data: {
                published: version.pair.record.data.published,
                what: change.span ? 'text' : formatFieldPath(change.field),
                change: beforeAndAfter(change.before, change.after),
              },
            });
          }
        }
      },
    };
  },
});
