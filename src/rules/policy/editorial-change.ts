import { defineLifecycleRule } from './lifecycle-problems.ts';

export default defineLifecycleRule(
  {
    id: 'policy/editorial-change',
    severity: 'error',
    description: 'A change marked editorial changes no number, amount, deadline or negation.',
    rationale:
      '"Editorial" changes skip the notice period; changing a number or a "not" changes what customers get or owe.',
    source: 'Plainsight; the notice rule of EU Directive 93/13/EEC, Annex 1(j)',
    examples: {
      bad: 'changeType: editorial, and "within 10 days" became "within 30 days"',
      good: 'changeType: material, published 30 days ahead',
    },
  },
  ['editorial-alters-terms'],
);
