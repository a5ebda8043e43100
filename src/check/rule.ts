/**
 * The shape of a transparency-check rule, after ESLint's rule modules: a rule
 * describes itself in `meta` and, in `create`, returns the visitors the engine
 * calls. Rules never print; they report values.
 */
import type { CheckDocument, CheckKind } from './document.ts';
import type { CheckFacts } from './facts.ts';
import type { Token } from './text/tokens.ts';

export type Severity = 'error' | 'warning';

export interface RuleMeta {
  /** `family/name`, such as `gotcha/sole-discretion`. */
  id: string;
  /** The family, the part of the id before the slash; filled in by `defineRule`. */
  family?: string;
  /** Where the rule is documented on the site; filled in by `defineRule`. */
  docs?: string;
  severity: Severity;
  /** One line: what the rule wants. */
  description: string;
  /** Why it matters to a customer. */
  rationale: string;
  /** The law, standard or guideline it comes from. */
  source: string;
  /** Message templates by id; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** The kinds of file the rule checks; all kinds when absent. */
  appliesTo?: readonly CheckKind[];
  /**
   * True when the rule judges what the company itself says, so that a quoted
   * clause (a blockquote marked as a quotation) is exempt.
   */
  exemptInQuotations?: boolean;
  /**
   * False for rules no suppression can switch off: those that keep code out
   * of content. A reason, however good, does not make a script safe.
   */
  suppressible?: false;
  /** Examples for the docs: text the rule refuses and text it accepts. */
  examples?: { bad: string; good: string };
}

/** One sentence of prose, normalised and tokenised. */
export interface Sentence {
  /** The normalised text of the sentence. */
  text: string;
  /** Every token, with offsets into `text`. */
  tokens: Token[];
  /** The tokens that are words, numbers or money (no punctuation). */
  words: Token[];
  /** True inside a quotation. */
  quoted: boolean;
  /** For YAML prose, the field it came from. */
  field: string;
  /** File offsets of the text between two tokens, inclusive. */
  rangeOf(first: Token, last: Token): { start: number; end: number };
  /** File offsets of the whole sentence. */
  range: { start: number; end: number };
}

export interface Report {
  range: { start: number; end: number };
  /** Overrides the rule's severity for this report (a rule with two thresholds). */
  severity?: Severity;
  messageId: string;
  data?: Record<string, string | number>;
}

export interface RuleContext {
  readonly document: CheckDocument;
  readonly facts: CheckFacts;
  report(report: Report): void;
}

export interface RuleVisitor {
  /** Called for every sentence of prose. */
  sentence?(sentence: Sentence): void;
  /** Called once per document, after every sentence. */
  document?(document: CheckDocument): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
}

/**
 * Declares a rule: a recognisable shape, with the family and the docs
 * address derived from the id so that they can never disagree with it.
 */
export function defineRule(rule: Rule): Rule {
  const family = rule.meta.id.split('/')[0] ?? rule.meta.id;
  return { ...rule, meta: { ...rule.meta, family, docs: `/transparency/#rule-${rule.meta.id.replace('/', '-')}` } };
}
