/**
 * What the /transparency/ pages show of the rules, as plain data: each rule's
 * documentation, and the wording the phrase rules look for. Handed to the
 * pages by the content-check integration, so that pages never import rules.
 * The rule reference (`rulesPage`, /transparency/rules/) documents each rule
 * at its anchor; the customer page, /transparency/, says what they promise.
 */
import { allRuleMetas, allRules } from './index.ts';
import type { PhraseRule } from './phrase-rule.ts';
import { shippedModel } from './model/linear-model.ts';
import { readWordList } from './word-list.ts';
import { ruleAnchor, ruleUrl, type RuleMeta } from './rule.ts';

export interface RuleDoc {
  id: string;
  family: string;
  /** The rule's anchor, `rule-…`: its id on the rule reference, and on /transparency/. */
  anchor: string;
  /** The rule's address on the rule reference, as diagnostics give it: `/transparency/rules/#rule-…`. */
  url: string;
  severity: RuleMeta['severity'];
  description: string;
  rationale: string;
  source: string;
  suppressible: boolean;
  examples?: { bad: string; good: string };
  /**
   * What the check tells the editor, for a rule without examples: its
   * message templates with each value left out (`…`), as a guide to the fix;
   * a template that is only a value (a message worked out elsewhere) is left out.
   */
  says: string[];
}

export interface PhraseListDoc {
  phrases: string[];
  except?: string[];
}

/** What the rule reference says about the clause model: what it learnt from, and its size. */
export interface ModelDoc {
  trainedOn: string;
  features: number;
  threshold: number;
}

/**
 * Every rule's documentation, in the order of the docs, the phrase lists of
 * the rules that match wording, and what the clause model learnt from.
 */
export function ruleDocs(): { rules: RuleDoc[]; phraseLists: Record<string, PhraseListDoc>; model: ModelDoc } {
  const rules = allRuleMetas.map((meta) => ({
    id: meta.id,
    family: meta.family ?? '',
    anchor: ruleAnchor(meta.id),
    url: ruleUrl(meta.id),
    severity: meta.severity,
    description: meta.description,
    rationale: meta.rationale,
    source: meta.source,
    suppressible: meta.suppressible !== false,
    ...(meta.examples ? { examples: meta.examples } : {}),
    says: meta.examples ? [] : messageGuides(meta.messages),
  }));
  const phraseLists: Record<string, PhraseListDoc> = {};
  for (const rule of allRules) {
    const file = (rule as Partial<PhraseRule>).phrases;
    if (file === undefined) continue;
    // A pair reads as its first part, then what must follow it in the same sentence.
    const pairs = (file.pairs ?? []).map(
      (pair) => `${pair.first.join(' / ')} … later in the sentence: ${pair.then.join(' / ')}`,
    );
    const except = [
      ...(file.except ?? []),
      ...(file.exceptWhere ?? []).map((pattern) => `${pattern} (where it covers the words found)`),
    ];
    phraseLists[rule.meta.id] = { phrases: [...file.phrases, ...pairs], ...(except.length > 0 ? { except } : {}) };
  }
  const { swap } = readWordList('legalese');
  phraseLists['plain/legalese'] = { phrases: [...swap].map(([from, to]) => `${from} → ${to}`) };
  const model = shippedModel();
  return {
    rules,
    phraseLists,
    model: { trainedOn: model.trainedOn, features: Object.keys(model.weights).length, threshold: model.threshold },
  };
}

/** Message templates as a guide to the fix: each `{{value}}` as `…`, without those that are only a value. */
function messageGuides(messages: Readonly<Record<string, string>>): string[] {
  const guides = Object.values(messages)
    .filter((template) => !/^\s*\{\{\w+\}\}\s*$/.test(template))
    .map((template) => template.replace(/\{\{\w+\}\}/g, '…'));
  return [...new Set(guides)];
}
