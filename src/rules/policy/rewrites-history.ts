import { defineLifecycleRule } from './lifecycle-problems.ts';

export default defineLifecycleRule(
  {
    id: 'policy/rewrites-history',
    severity: 'error',
    description: 'A new version takes effect after every version already published.',
    rationale:
      'A version slipped in before one customers have already read would change, after the fact, what they agreed to.',
    source: 'Plainsight: policies keep every version; EU Directive 93/13/EEC, Annex 1(j)',
  },
  ['rewrites-history'],
);
