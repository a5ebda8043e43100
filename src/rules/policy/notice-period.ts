import { defineLifecycleRule } from './lifecycle-problems.ts';

export default defineLifecycleRule(
  {
    id: 'policy/notice-period',
    severity: 'error',
    description: 'A material change is published at least the notice period before it takes effect.',
    rationale: 'Customers need time to read a change and leave before it applies to them.',
    source: "EU Directive 93/13/EEC, Annex 1(j); the site's own notice period (site.yaml)",
  },
  ['short-notice'],
);
