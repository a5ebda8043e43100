import { defineRule } from '../../rule.ts';
import { fieldRange, lifecycleProblemsOf } from './lifecycle-problems.ts';

export default defineRule({
  meta: {
    id: 'policy/missing-changes',
    severity: 'error',
    description: 'Every version after the first says what changed and why.',
    rationale: 'A new version that does not say what changed makes customers compare two documents line by line.',
    source: 'GitHub site-policy practice; ISO 24495-1:2023 (readers find what they need)',
    messages: { found: '{{message}}' },
    appliesTo: ['policy'],
  },
  create(context) {
    return {
      document(document) {
        for (const problem of lifecycleProblemsOf(document, context.facts)) {
          if (problem.code !== 'missing-changes' && problem.code !== 'first-has-changes') continue;
          const range = problem.code === 'first-has-changes' ? fieldRange(document, 'changes') : fieldRange(document, 'title');
          context.report({ range, messageId: 'found', data: { message: problem.message } });
        }
      },
    };
  },
});
