import { defineRule } from '../../rule.ts';
import { fieldRange, lifecycleProblemsOf } from './lifecycle-problems.ts';

export default defineRule({
  meta: {
    id: 'policy/notice-period',
    severity: 'error',
    description: 'A material change is published at least the notice period before it takes effect.',
    rationale: 'Customers need time to read a change and leave before it applies to them.',
    source: 'EU Directive 93/13/EEC, Annex 1(j); US FCC truth-in-billing; the site\'s own notice period (site.yaml)',
    messages: { found: '{{message}}' },
    appliesTo: ['policy'],
  },
  create(context) {
    return {
      document(document) {
        for (const problem of lifecycleProblemsOf(document, context.facts).filter((p) => p.code === 'short-notice')) {
          context.report({ range: fieldRange(document, 'published'), messageId: 'found', data: { message: problem.message } });
        }
      },
    };
  },
});
