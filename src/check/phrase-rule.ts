/**
 * Rules that find a kind of clause by its wording. The wording lives in a
 * YAML phrase list beside the rules (src/check/phrases/<family>/<name>.yaml),
 * reviewed like content; this module turns a list into a rule.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineRule, type Rule, type RuleMeta, type Sentence } from './rule.ts';
import { PhraseSet } from './text/phrase-matcher.ts';

/** A phrase list file: patterns that find the clause, and patterns that clear a sentence. */
interface PhraseList {
  /** Patterns that mark the clause (see phrase-matcher.ts for the syntax). */
  phrases: string[];
  /** Patterns that show the sentence is the fair version, such as "with 30 days' notice". */
  except?: string[];
}

const cache = new Map<string, { phrases: PhraseSet; except: PhraseSet | undefined }>();

/** Loads and compiles a rule's phrase list once. Lists are read lazily, so importing a rule for its docs reads no file. */
export function loadPhraseList(id: string): { phrases: PhraseSet; except: PhraseSet | undefined } {
  const cached = cache.get(id);
  if (cached) return cached;
  const url = new URL(`./phrases/${id}.yaml`, import.meta.url);
  const list = parse(readFileSync(url, 'utf8')) as PhraseList;
  const compiled = { phrases: new PhraseSet(list.phrases), except: list.except ? new PhraseSet(list.except) : undefined };
  cache.set(id, compiled);
  return compiled;
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
      const { phrases, except } = loadPhraseList(meta.id);
      return {
        sentence(sentence) {
          if (options.when && !options.when(sentence)) return;
          if (options.minWords !== undefined && sentence.words.length < options.minWords) return;
          const match = phrases.firstMatch(sentence.words);
          if (match === undefined) return;
          if (except?.firstMatch(sentence.words)) return;
          const range = sentence.rangeOf(match.first, match.last);
          context.report({ range, messageId: 'found', data: { phrase: sentence.text.slice(match.first.start, match.last.end), pattern: match.pattern.source } });
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
