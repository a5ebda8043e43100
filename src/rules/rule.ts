/**
 * The shape of a rule, after ESLint's rule modules: a rule describes itself
 * in `meta` and, in `create`, returns the visitors the engine calls. Rules
 * never print and never read files; they report values.
 *
 * Two kinds, by what they read:
 * - prose rules (`defineRule`) read one file's prose and markup, sentence by
 *   sentence (`sentence`) and then whole (`document`); `create` runs once per
 *   file, so a rule may keep totals for its file;
 * - content rules (`defineContentRule`) read what the reader made of the
 *   files: every file as found (`file`), every entry with its data and
 *   schema issues (`entry`), then the whole tree once (`tree`); `create` runs
 *   once per check.
 */
import type { Sentence } from '../domain/text/sentences.ts';
import type { ContentFile } from '../reader/content-files.ts';
import type { ProseKind } from '../reader/layout.ts';
import type { ProseDocument } from '../reader/prose-document.ts';
import type { ContentTree, Entry } from '../reader/read-content.ts';
import type { CheckFacts } from './facts.ts';

export type { Sentence };
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
  /** The kinds of prose the rule checks; all kinds when absent. */
  appliesTo?: readonly ProseKind[];
  /**
   * True when the rule judges what the company itself says, so that a quoted
   * clause (a blockquote marked as a quotation) is exempt.
   */
  exemptInQuotations?: boolean;
  /**
   * False for rules no suppression can switch off: those that keep code out
   * of content, and those about the shape of the data, which the pages need.
   */
  suppressible?: false;
  /** Examples for the docs: text the rule refuses and text it accepts. */
  examples?: { bad: string; good: string };
}

/** Where a problem is. */
export interface Place {
  /** Offsets in the file's text. */
  range?: { start: number; end: number };
  /** A field of the entry's data, reported at its value (or at its key, with `part: 'key'`). */
  field?: ReadonlyArray<PropertyKey>;
  part?: 'key' | 'value';
}

export interface Report extends Place {
  /** Overrides the rule's severity for this report (a rule with two thresholds). */
  severity?: Severity;
  messageId: string;
  data?: Record<string, string | number>;
  /** Where this problem is explained, when not on the rule's own page (a schema's fields). */
  url?: string;
}

/** A report from a content rule: the file it is about, when not the one being visited. */
export interface ContentReport extends Report {
  file?: ContentFile;
}

export interface RuleContext {
  readonly document: ProseDocument;
  readonly facts: CheckFacts;
  report(report: Report): void;
}

export interface RuleVisitor {
  /** Called for every sentence of prose. */
  sentence?(sentence: Sentence): void;
  /** Called once per document, after every sentence. */
  document?(document: ProseDocument): void;
}

export interface ContentRuleContext {
  readonly facts: CheckFacts;
  /** The content at the base revision the change is compared with, when there is one (`--base`). */
  readonly base?: ContentTree;
  report(report: ContentReport): void;
}

export interface ContentRuleVisitor {
  /** Called for every file of the content folder, whether or not it could be read. */
  file?(file: ContentFile): void;
  /** Called for every entry the reader could split off: its YAML, its data when valid, its schema issues. */
  entry?(entry: Entry): void;
  /** Called once, after every file and entry. */
  tree?(tree: ContentTree): void;
}

export interface ProseRule {
  kind: 'prose';
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
}

export interface ContentRule {
  kind: 'content';
  meta: RuleMeta;
  create(context: ContentRuleContext): ContentRuleVisitor;
}

export type Rule = ProseRule | ContentRule;

/** The meta with the family and the docs address derived from the id, so that they can never disagree with it. */
export function completeMeta(meta: RuleMeta): RuleMeta {
  const family = meta.id.split('/')[0] ?? meta.id;
  return { ...meta, family, docs: ruleUrl(meta.id) };
}

/**
 * The page of the site that documents every rule: the rule reference. The
 * customer page, /transparency/, says what the rules promise and still holds
 * each rule's anchor (`#rule-…`), so that addresses given out before the
 * reference had a page of its own still lead to the rule.
 */
export const rulesPage = '/transparency/rules/';

/** Where a rule is explained on the site. */
export function ruleUrl(id: string): string {
  return `${rulesPage}#${ruleAnchor(id)}`;
}

/** The anchor of a rule on the rule reference (and on /transparency/, where it leads there). */
export function ruleAnchor(id: string): string {
  return `rule-${id.replace('/', '-')}`;
}

/** Declares a prose rule. */
export function defineRule(rule: Omit<ProseRule, 'kind'>): ProseRule {
  return { kind: 'prose', meta: completeMeta(rule.meta), create: rule.create };
}

/** Declares a content rule. */
export function defineContentRule(rule: Omit<ContentRule, 'kind'>): ContentRule {
  return { kind: 'content', meta: completeMeta(rule.meta), create: rule.create };
}
