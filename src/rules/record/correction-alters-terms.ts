import { changedTermWords } from '../../domain/policies/term-changes.ts';
import { formatFieldPath } from '../diagnostic.ts';
import { defineContentRule } from '../rule.ts';
import { placeOf, versionsOnRecord } from './policy-versions-on-record.ts';

export default defineContentRule({
  meta: {
    id: 'record/correction-alters-terms',
    severity: 'error',
    description:
      'An editorial correction changes no number, amount, deadline, quantifier or negation, and removes no text.',
    rationale:
      'A correction fixes wording and skips the notice period; changing a number, a deadline, an "every" or a ' +
      '"not" in a published version, or removing a sentence of it, changes what customers get or owe after they ' +
      'agreed to it.',
    source: 'Plainsight: policies keep every version; the notice rule of EU Directive 93/13/EEC, Annex 1(j)',
    suppressible: false,
    messages: {
      found:
        'This {{what}} is changed as an editorial correction, but the change alters numbers, amounts, deadlines, ' +
        'quantifiers or negations, or removes text ({{words}}): that changes what customers get or owe. Undo it ' +
        'here and add a new version ' +
        '(changeType: material, with notice).',
    },
    appliesTo: ['policy'],
    examples: {
      bad: 'a correction recorded for "within 10 days" becoming "within 45 days"',
      good: 'a correction recorded for "recieve" becoming "receive"',
    },
  },
  create(context) {
    return {
      tree(tree) {
        if (context.base === undefined) return;
        for (const version of versionsOnRecord(context.base, tree, context.facts.now)) {
          // Without a new correction the edit is refused whole (record/policy-version-edited).
          if (version.comparison.addedCorrections === 0) continue;
          for (const change of version.comparison.text) {
            // The one definition of an editorial change that is not one, as policy/editorial-change uses it.
            const words = changedTermWords(change.before, change.after);
            if (words.length === 0) continue;
            context.report({
              file: version.now.source,
              ...placeOf(version.now, change),
              messageId: 'found',
              data: {
                what: change.span ? 'text' : formatFieldPath(change.field),
                words: words.slice(0, 6).join(', '),
              },
            });
          }
        }
      },
    };
  },
});
