/**
 * The engine's own rules: files it cannot parse (YAML, Markdown and MDX,
 * shapes past the parser's limits) and suppressions. They have no module of
 * their own because the engine reports them itself, around the other rules.
 */
import { completeMeta, rulesPage, type RuleMeta } from './rule.ts';

/** The engine's own rules: files it cannot parse, and suppressions. */
export const engineRule = {
  yaml: {
    id: 'parse/yaml',
    severity: 'error',
    description: 'A file, or its front matter, must be valid YAML.',
    rationale: 'A file the site cannot read could hide anything, and its page would not be built.',
    source: 'YAML 1.2',
    suppressible: false,
    messages: { found: 'This is not valid YAML: {{message}}', data: 'This YAML cannot be read: {{message}}' },
  },
  markdown: {
    id: 'parse/markdown',
    severity: 'error',
    description: 'A body must parse as Markdown or MDX.',
    rationale: 'A file the check cannot read could hide anything, and the site could not render it.',
    source: 'CommonMark; MDX 3',
    suppressible: false,
    messages: { found: 'This file cannot be read: {{message}}' },
  },
  tooComplex: {
    id: 'parse/too-complex',
    severity: 'error',
    description: 'A body stays within the nesting and lengths the parser handles in linear time.',
    rationale:
      "The parser's time grows with the square of some shapes, or faster; one such file could stall every build.",
    source: 'Plainsight (measured limits of the MDX parser, README "Rules the build enforces")',
    suppressible: false,
    messages: { found: 'This file cannot be read: {{message}}' },
  },
  reason: {
    id: 'plainsight/suppression-without-reason',
    severity: 'error',
    description: 'Every suppression must give its reason after " -- ".',
    rationale:
      'Suppressions are published on the transparency page; ' +
      'a suppression without a reason explains nothing to customers.',
    source: 'Plainsight',
    messages: {
      found: 'Say why this rule does not apply here: "plainsight-disable-next-line {{rules}} -- the reason".',
    },
  },
  unknown: {
    id: 'plainsight/suppression-unknown-rule',
    severity: 'error',
    description: 'A suppression must name rules that exist.',
    rationale: 'A misspelt rule id would suppress nothing while looking as if it did.',
    source: 'Plainsight',
    messages: { found: `There is no rule "{{rule}}"; the rules are listed on ${rulesPage}. {{suggestion}}` },
  },
  unused: {
    id: 'plainsight/unused-suppression',
    severity: 'warning',
    description: 'A suppression should suppress something.',
    rationale: 'A stale suppression would silence a future problem on that line.',
    source: 'Plainsight',
    messages: { found: 'Nothing on the next line breaks "{{rule}}"; remove this suppression.' },
  },
  locked: {
    id: 'plainsight/suppression-not-allowed',
    severity: 'error',
    description: 'Rules that keep code out of content, or keep its data readable, cannot be suppressed.',
    rationale:
      'A written reason does not make a script safe, nor a missing field present; ' +
      'a suppression of these rules would let content break the site.',
    source: 'Plainsight',
    messages: {
      found: 'The rule "{{rule}}" cannot be switched off. Remove this suppression and fix what it was meant to allow.',
    },
  },
} satisfies Record<string, RuleMeta>;

/** The engine's own rules, for the docs and for SARIF. */
export const engineRules: readonly RuleMeta[] = Object.values(engineRule).map(completeMeta);
