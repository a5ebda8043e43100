/**
 * Rules that find a kind of clause by its wording are data: one YAML file
 * each (`<family>/<name>.yaml` beside the code rules), with the rule's
 * description, its source in law or standard, its message, the examples it
 * must and must not flag, and the patterns that find the clause. A file is
 * validated against `PhraseRuleSchema` when it is loaded, and its examples
 * run as tests (test/rules/phrase-rules.test.ts), so a list is reviewed like
 * content and cannot drift from what it claims to catch.
 */
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
// js-yaml reads YAML 1.2's core schema, as `yaml` does, refusing repeated keys too, in a quarter of the time.
import { load } from 'js-yaml';
import type { Sentence } from '../domain/text/sentences.ts';
import type { Token } from '../domain/text/tokens.ts';
import { proseKinds, type ProseKind } from '../reader/layout.ts';
import { disclosesAny, disclosureNames, type ElementSpans } from './disclosures.ts';
import { PhraseSet } from './phrase-matcher.ts';
import { defineRule, type ProseRule } from './rule.ts';

const patterns = z.array(z.string().min(1)).min(1);

const ExampleSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** The text, a whole file when the rule reads a YAML field. */
    text: z.string().min(1),
    /** The kind of content it is read as; the rule's first kind, or policy, when absent. */
    kind: z.enum(proseKinds as [string, ...string[]]).optional(),
    /** The file name it is read under, for YAML: `pricing/fees.yaml`. */
    file: z.string().optional(),
    /** For a refused example: where the one report must start, and words its message must hold. */
    line: z.number().int().positive().optional(),
    column: z.number().int().positive().optional(),
    message: z.string().optional(),
  }),
]);

/** A phrase rule file. */
export const PhraseRuleSchema = z.strictObject({
  /** `family/name`, the same as the file's path. */
  id: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/),
  severity: z.enum(['error', 'warning']),
  /** One line: what the rule wants. */
  description: z.string().min(1),
  /** Why it matters to a customer. */
  rationale: z.string().min(1),
  /** The law, standard or guideline it comes from. */
  source: z.string().min(1),
  /** The message; `{{phrase}}` is the words found, as written. */
  message: z.string().includes('{{phrase}}'),
  /** True when a quoted clause (a blockquote ending in an attribution line) is exempt. */
  exemptInQuotations: z.boolean().optional(),
  /**
   * For rules that find a clause: a sentence of fewer words is a heading or
   * a fragment that names the clause ("Binding arbitration") without making
   * it, and is skipped.
   */
  minWords: z.number().int().positive().optional(),
  /** The kinds of prose the rule reads; all when absent. */
  appliesTo: z.array(z.enum(proseKinds as [string, ...string[]])).optional(),
  /** Only the YAML field of this name, such as a fee's `why`. */
  field: z.string().optional(),
  /** The first of each is shown in the rule's documentation; all of them run as tests. */
  examples: z.strictObject({
    /** Text the rule must report, once. */
    refused: z.array(ExampleSchema).min(1),
    /** Text the rule must let pass: its fair side above all. */
    accepted: z.array(ExampleSchema).min(1),
  }),
  /** Patterns that mark the clause (see phrase-matcher.ts for the syntax). */
  phrases: patterns,
  /**
   * Clauses in two parts that a long sentence can hold far apart ("By
   * accessing or using the site, [a list of 20 words], you agree to these
   * terms"): a `first` pattern, then a `then` pattern anywhere after it in
   * the same sentence. Two passes over the sentence, so still linear.
   */
  pairs: z.array(z.strictObject({ first: patterns, then: patterns })).optional(),
  /** Patterns that show the sentence is the fair version, such as "with 30 days' notice". */
  except: patterns.optional(),
  /**
   * Patterns that clear only a match they overlap: the words matched are
   * the fair side of the clause ("you may change your plan" is the
   * customer's own choice). A clause elsewhere in the sentence still counts.
   */
  exceptWhere: patterns.optional(),
  /**
   * What makes the clause the fair one of its kind, as sets of disclosures
   * (`disclosures.ts`): the sentence is fair when it makes every disclosure
   * of any one set, such as `[amount, date]` for a price change.
   */
  fairWhen: z.array(z.array(z.enum(disclosureNames)).min(1)).optional(),
});

export type PhraseRuleFile = z.output<typeof PhraseRuleSchema>;
export type PhraseExample = z.output<typeof ExampleSchema>;

/** The text of an example. */
export const exampleText = (example: PhraseExample): string => (typeof example === 'string' ? example : example.text);

interface CompiledPhraseList {
  phrases: PhraseSet;
  pairs: Array<{ first: PhraseSet; then: PhraseSet }>;
  except: PhraseSet | undefined;
  exceptWhere: PhraseSet | undefined;
}

/** Reads and validates a phrase rule file; a mistake in one stops everything, with the file and the field. */
export function readPhraseRuleFile(id: string): PhraseRuleFile {
  const url = new URL(`./${id}.yaml`, import.meta.url);
  const result = PhraseRuleSchema.safeParse(load(readFileSync(url, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`The phrase rule src/rules/${id}.yaml is not valid:\n${problems.join('\n')}`);
  }
  if (result.data.id !== id) throw new Error(`src/rules/${id}.yaml says its id is "${result.data.id}".`);
  return result.data;
}

function compile(file: PhraseRuleFile): CompiledPhraseList {
  return {
    phrases: new PhraseSet(file.phrases),
    pairs: (file.pairs ?? []).map((pair) => ({ first: new PhraseSet(pair.first), then: new PhraseSet(pair.then) })),
    except: file.except ? new PhraseSet(file.except) : undefined,
    exceptWhere: file.exceptWhere ? new PhraseSet(file.exceptWhere) : undefined,
  };
}

/** The first clause a compiled list finds in a sentence's words: a phrase, or the two parts of a pair. */
function findClause(
  list: CompiledPhraseList,
  words: readonly Token[],
): { first: Token; last: Token; parts: Array<{ first: Token; last: Token }> } | undefined {
  const fair = list.exceptWhere?.matchAll(words) ?? [];
  const cleared = (first: Token, last: Token) =>
    fair.some((span) => span.first.start <= last.start && first.start <= span.last.start);
  if (fair.length === 0) {
    // Nothing is cleared, so the first match is the clause.
    const match = list.phrases.firstMatch(words);
    if (match) return { first: match.first, last: match.last, parts: [match] };
  } else {
    for (const match of list.phrases.matchAll(words)) {
      if (!cleared(match.first, match.last)) return { first: match.first, last: match.last, parts: [match] };
    }
  }
  for (const pair of list.pairs) {
    const opening = pair.first.firstMatch(words);
    if (opening === undefined) continue;
    // From the word after the opening, in the same list: a slice would be a new list, matched from scratch.
    const closing = pair.then.firstMatch(words, words.indexOf(opening.last) + 1);
    if (closing && !cleared(opening.first, closing.last))
      return { first: opening.first, last: closing.last, parts: [opening, closing] };
  }
  return undefined;
}

/** Each phrase rule is made once, however many lists name it. */
const phraseRules = new Map<string, PhraseRule>();

/**
 * What every phrase rule reads of a sentence besides its words, worked out
 * once: whether it is a question, and what each rule found in it (by the
 * rule's number), which the clause model reads instead of matching again.
 */
interface SentenceNotes {
  question: boolean;
  found: Array<boolean | undefined>;
}

const notesBySentence = new WeakMap<Sentence, SentenceNotes>();
/** The engine hands each sentence to every rule in turn, so the last sentence's notes are nearly always the ones. */
let lastNotes: { sentence: Sentence; notes: SentenceNotes } | undefined;

function notesOf(sentence: Sentence): SentenceNotes {
  if (lastNotes?.sentence === sentence) return lastNotes.notes;
  let notes = notesBySentence.get(sentence);
  if (notes === undefined) {
    // A question binds no one: "Can I cancel by phone?" is answered by the sentence after it.
    notes = { question: sentence.text.trimEnd().endsWith('?'), found: [] };
    notesBySentence.set(sentence, notes);
  }
  lastNotes = { sentence, notes };
  return notes;
}

/** A phrase rule, with its file for the docs and the tests. */
export type PhraseRule = ProseRule & {
  phrases: PhraseRuleFile;
  /** Whether the rule finds its clause in a sentence: what the model reads as a rule hit. */
  finds(sentence: Sentence): boolean;
};

/**
 * The rule of `src/rules/<id>.yaml`: it reports the first clause its list
 * finds in each sentence, unless an `except` phrase shows the sentence is
 * fine. Its message gets `{{phrase}}`, the words as written.
 */
export function phraseRule(id: string): PhraseRule {
  const known = phraseRules.get(id);
  if (known) return known;
  const file = readPhraseRuleFile(id);
  let list: CompiledPhraseList | undefined;
  // This rule's place in each sentence's notes of what was found.
  const index = phraseRules.size;
  // The clause the rule reports in a sentence, after its conditions and its fair sides.
  const clauseIn = (
    compiled: CompiledPhraseList,
    sentence: Sentence,
    notes: SentenceNotes,
    elements?: ElementSpans,
  ) => {
    if (file.field !== undefined && sentence.field !== file.field) return undefined;
    if (notes.question) return undefined;
    if (file.minWords !== undefined && sentence.words.length < file.minWords) return undefined;
    const clause = findClause(compiled, sentence.words);
    if (clause === undefined) return undefined;
    if (compiled.except?.firstMatch(sentence.words)) return undefined;
    if (file.fairWhen && disclosesAny(sentence, file.fairWhen, clause.last, elements)) return undefined;
    return clause;
  };
  const rule = defineRule({
    meta: {
      id,
      severity: file.severity,
      description: file.description,
      rationale: file.rationale,
      source: file.source,
      messages: { found: file.message },
      ...(file.appliesTo ? { appliesTo: file.appliesTo as readonly ProseKind[] } : {}),
      ...(file.exemptInQuotations ? { exemptInQuotations: true } : {}),
      examples: {
        bad: exampleText(file.examples.refused[0] as PhraseExample),
        good: exampleText(file.examples.accepted[0] as PhraseExample),
      },
    },
    create(context) {
      // Compiled on first use, once per process.
      list ??= compile(file);
      const compiled = list;
      return {
        sentence(sentence) {
          const notes = notesOf(sentence);
          const clause = clauseIn(compiled, sentence, notes, context.document.elements);
          notes.found[index] = clause !== undefined;
          if (clause === undefined) return;
          const range = sentence.rangeOf(clause.first, clause.last);
          const phrase = clause.parts.map((part) => sentence.text.slice(part.first.start, part.last.end)).join(' … ');
          context.report({ range, messageId: 'found', data: { phrase } });
        },
      };
    },
  });
  const made: PhraseRule = {
    ...rule,
    phrases: file,
    finds(sentence) {
      const notes = notesOf(sentence);
      let hit = notes.found[index];
      if (hit === undefined) {
        hit = clauseIn((list ??= compile(file)), sentence, notes) !== undefined;
        notes.found[index] = hit;
      }
      return hit;
    },
  };
  phraseRules.set(id, made);
  return made;
}
