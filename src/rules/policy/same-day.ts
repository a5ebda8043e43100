import { defineLifecycleRule } from './lifecycle-problems.ts';

export default defineLifecycleRule(
  {
    id: 'policy/same-day',
    severity: 'error',
    description: 'No two versions of a policy take effect on the same day.',
    rationale: 'On that day customers could not tell which version binds them.',
    source: 'Plainsight: one version of a policy in effect on any day',
  },
  ['same-day'],
);
