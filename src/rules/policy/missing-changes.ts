import { defineLifecycleRule } from './lifecycle-problems.ts';

export default defineLifecycleRule(
  {
    id: 'policy/missing-changes',
    severity: 'error',
    description: 'Every version after the first says what changed and why.',
    rationale: 'A new version that does not say what changed makes customers compare two documents line by line.',
    source: 'GitHub site-policy practice; ISO 24495-1:2023 (readers find what they need)',
  },
  ['missing-changes', 'first-has-changes'],
);
