/**
 * Rules that find a kind of clause by its wording. The wording lives in a
 * YAML phrase list beside the rules (src/check/phrases/<family>/<name>.yaml),
 * reviewed like content; this module turns a list into a rule.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineRule, type Rule, type RuleMeta, type Sentence } from './rule.ts';
import { PhraseSet } from './text/phrase-matcher.ts';
import type { Token } from './text/tokens.ts';

/** A phrase list file: patterns that find the clause, and patterns that clear a sentence. */
interface PhraseList {
  /** Patterns that mark the clause (see phrase-matcher.ts for the syntax). */
  phrases: string[];
  /**
   * Clauses in two parts that a long sentence can hold far apart ("By
   * accessing or using the site, [a list of 20 words], you agree to these
   * terms"): a `first` pattern, then a `then` pattern anywhere after it in
   * the same sentence. Two passes over the sentence, so still linear.
   */
  pairs?: Array<{ first: string[]; then: string[] }>;
  /** Patterns that show the sentence is the fair version, such as "with 30 days' notice". */
  except?: string[];
  /**
   * Patterns that clear only a match they overlap: the words matched are
   * the fair side of the clause ("you may change your plan" is the
   * customer's own choice). A clause elsewhere in the sentence still counts.
   */
  exceptWhere?: string[];
}

interface CompiledPhraseList {
  phrases: PhraseSet;
  pairs: Array<{ first: PhraseSet; then: PhraseSet }>;
  except: PhraseSet | undefined;
  exceptWhere: PhraseSet | undefined;
}

const cache = new Map<string, CompiledPhraseList>();

/** Loads and compiles a rule's phrase list once. Lists are read lazily, so importing a rule for its docs reads no file. */
export function loadPhraseList(id: string): CompiledPhraseList {
  const cached = cache.get(id);
  if (cached) return cached;
  const url = new URL(`./phrases/${id}.yaml`, import.meta.url);
  const list = parse(readFileSync(url, 'utf8')) as PhraseList;
  const compiled = {
    phrases: new PhraseSet(list.phrases),
    pairs: (list.pairs ?? []).map((pair) => ({ first: new PhraseSet(pair.first), then: new PhraseSet(pair.then) })),
    except: list.except ? new PhraseSet(list.except) : undefined,
    exceptWhere: list.exceptWhere ? new PhraseSet(list.exceptWhere) : undefined,
  };
  cache.set(id, compiled);
  return compiled;
}

/** The first clause a compiled list finds in a sentence's words: a phrase, or the two parts of a pair. */
function findClause(
  list: CompiledPhraseList,
  words: readonly Token[],
): { first: Token; last: Token; parts: Array<{ first: Token; last: Token }> } | undefined {
  const fair = list.exceptWhere?.matchAll(words) ?? [];
  const cleared = (first: Token, last: Token) =>
    fair.some((span) => span.first.start <= last.start && first.start <= span.last.start);
  for (const match of fair.length === 0 ? [list.phrases.firstMatch(words)] : list.phrases.matchAll(words)) {
    if (match && !cleared(match.first, match.last)) return { first: match.first, last: match.last, parts: [match] };
  }
  for (const pair of list.pairs) {
    const opening = pair.first.firstMatch(words);
    if (opening === undefined) continue;
    const after = words.indexOf(opening.last) + 1;
    const closing = pair.then.firstMatch(words.slice(after));
    if (closing && !cleared(opening.first, closing.last))
      return { first: opening.first, last: closing.last, parts: [opening, closing] };
  }
  return undefined;
}

/** The phrase list of a rule, for its documentation. */
export function phraseListSource(id: string): PhraseList {
  return parse(readFileSync(new URL(`./phrases/${id}.yaml`, import.meta.url), 'utf8')) as PhraseList;
}

/**
 * Defines a rule that reports the first phrase of its list in each sentence,
 * unless an `except` phrase shows the sentence is fine. Its message gets
 * `{{phrase}}`, the words as written.
 */
export function definePhraseRule(
  meta: RuleMeta & { messages: { found: string } },
  options: {
    when?: (sentence: Sentence) => boolean;
    /**
     * For rules that find a clause: a sentence of fewer words is a heading
     * or a fragment that names the clause ("Binding arbitration") without
     * making it, and is skipped; the sentences that make it are reported.
     */
    minWords?: number;
  } = {},
): Rule {
  return defineRule({
    meta,
    create(context) {
      const list = loadPhraseList(meta.id);
      return {
        sentence(sentence) {
          if (options.when && !options.when(sentence)) return;
          if (options.minWords !== undefined && sentence.words.length < options.minWords) return;
          const clause = findClause(list, sentence.words);
          if (clause === undefined) return;
          if (list.except?.firstMatch(sentence.words)) return;
          const range = sentence.rangeOf(clause.first, clause.last);
          const phrase = clause.parts.map((part) => sentence.text.slice(part.first.start, part.last.end)).join(' … ');
          context.report({ range, messageId: 'found', data: { phrase } });
        },
      };
    },
  });
}

/**
 * The fewest words a sentence needs to make a clause (see `minWords`): the
 * shortest real ones have five ("You agree to binding arbitration").
 */
export const clauseMinWords = 5;
