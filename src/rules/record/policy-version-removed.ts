import { isoDay } from '../../domain/dates.ts';
import { isOnRecord } from '../../domain/policies/policy-record.ts';
import { defineContentRule } from '../rule.ts';
import { recordPairs } from './on-record.ts';

export default defineContentRule({
  meta: {
    id: 'record/policy-version-removed',
    severity: 'error',
    description: 'A published policy version is never deleted or renamed.',
    rationale:
      'Customers, and anyone they ask for help, must be able to read the exact terms that bound them on any ' +
      'day, at the address they were given.',
    source: 'Plainsight: policies keep every version at a permanent address',
    suppressible: false,
    messages: {
      found:
        'This version of "{{policy}}" (published {{published}}, effective {{effective}}) is on the record, ' +
        'and it was deleted or renamed. Every published version stays, under its name: restore the file ' +
        '(git checkout <base> -- {{file}}); to change the policy, add a new version.',
    },
    appliesTo: ['policy'],
    examples: {
      bad: 'policies/refunds/2025-03-01.mdx deleted after it took effect',
      good: 'policies/refunds/2026-12-15.mdx added; 2025-03-01.mdx kept',
    },
  },
  create(context) {
    return {
      tree(tree) {
        if (context.base === undefined) return;
        const today = isoDay(context.facts.now);
        for (const { record, now, gone } of recordPairs(context.base, tree, 'policy-version')) {
          if (now !== undefined || !isOnRecord(record.data, today)) continue;
          context.report({
            file: gone,
            messageId: 'found',
            data: {
              policy: record.source.folder,
              published: record.data.published,
              effective: record.data.effective,
              file: gone.file,
            },
          });
        }
      },
    };
  },
});
