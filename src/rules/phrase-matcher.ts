/**
 * Phrase patterns, the way rules match words (after Vale's token lists).
 *
 * A pattern is a space-separated list of elements:
 * - `word` matches that word, case-insensitively; `word*` any word starting with it;
 * - `a|b|c` any one of the alternatives (each may end in `*`);
 * - `...` skips up to six words (`...N`: up to N, at most 12); `#` matches a number;
 *   `$` matches a money amount;
 * - `(a b|c)` is a group of alternatives that may be several words long; a
 *   pattern with groups stands for every combination of their alternatives.
 *
 * Matching walks tokens, never characters, and every element consumes at most
 * a bounded number of tokens, so the cost is linear in the text for a fixed
 * list of patterns: no input can make it backtrack without bound.
 */
import type { Token } from '../domain/text/tokens.ts';
import { cardinalWords } from '../domain/text/number-words.ts';

type Element =
  | { type: 'word'; exact: ReadonlySet<string>; prefixes: readonly string[] }
  | { type: 'gap'; max: number }
  | { type: 'number' }
  | { type: 'money' };

export interface Pattern {
  /** The pattern as written, for messages and docs. */
  source: string;
  elements: readonly Element[];
}

/** The most words a `...` may skip; `...N` sets another bound, never above `maxGapWords`. */
export const gapWords = 6;
export const maxGapWords = 12;

/** Expands the `(…|…)` groups of a pattern into every plain pattern it stands for. */
export function expandGroups(source: string): string[] {
  const open = source.indexOf('(');
  if (open === -1) return [source];
  const close = source.indexOf(')', open);
  if (close === -1) throw new Error(`Unclosed group in phrase pattern "${source}".`);
  const before = source.slice(0, open);
  const after = source.slice(close + 1);
  const alternatives = source
    .slice(open + 1, close)
    .split('|')
    .map((alternative) => alternative.trim());
  // Alternatives of one word each are one element already ("must|need"): expanding them would only multiply
  // the patterns, and with them the work of matching.
  const oneWordEach = alternatives.every((alternative) => /^[^\s.#$]+$/.test(alternative));
  if (oneWordEach && /(^|\s)$/.test(before) && /^(\s|$)/.test(after))
    return expandGroups(`${before}${alternatives.join('|')}${after}`);
  return alternatives
    .flatMap((alternative) => expandGroups(`${before}${alternative}${after}`))
    .map((pattern) => pattern.replace(/ {2,}/g, ' ').trim());
}

/** Compiles one pattern; throws on an empty one (a programming error in a phrase list). */
export function compilePattern(source: string): Pattern {
  const elements: Element[] = source
    .trim()
    .split(/ +/)
    .map((part): Element => {
      if (part === '...') return { type: 'gap', max: gapWords };
      if (/^\.\.\.\d+$/.test(part)) return { type: 'gap', max: Math.min(maxGapWords, Number(part.slice(3))) };
      if (part === '#') return { type: 'number' };
      if (part === '$') return { type: 'money' };
      const alternatives = part.toLowerCase().split('|');
      return {
        type: 'word',
        exact: new Set(alternatives.filter((a) => !a.endsWith('*'))),
        prefixes: alternatives.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
      };
    });
  // A gap at either end matches nothing more; at the end it is usually a YAML comment that cut the pattern short.
  if (elements.length === 0 || elements[0]?.type === 'gap' || elements.at(-1)?.type === 'gap')
    throw new Error(`Bad phrase pattern "${source}": it must start and end with a word, a number or an amount.`);
  return { source, elements };
}

function matchesElement(element: Element, token: Token): boolean {
  switch (element.type) {
    case 'word':
      if (token.kind !== 'word') return false;
      if (element.exact.has(token.value)) return true;
      // A loop, not `some`: this runs for every token a pattern is tried at, and a closure each time costs.
      for (const prefix of element.prefixes) if (token.value.startsWith(prefix)) return true;
      return false;
    case 'number':
      return token.kind === 'number' || (token.kind === 'word' && cardinalWords.has(token.value));
    case 'money':
      return token.kind === 'money';
    case 'gap':
      return true;
  }
}

/** Tries to match `elements[e…]` at `tokens[t…]`; returns the index after the match, or -1. */
function matchFrom(elements: readonly Element[], e: number, tokens: readonly Token[], t: number): number {
  if (e === elements.length) return t;
  const element = elements[e] as Element;
  if (element.type === 'gap') {
    for (let skip = 0; skip <= element.max && t + skip <= tokens.length; skip += 1) {
      const end = matchFrom(elements, e + 1, tokens, t + skip);
      if (end !== -1) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (token === undefined || !matchesElement(element, token)) return -1;
  return matchFrom(elements, e + 1, tokens, t + 1);
}

/**
 * The word a pattern most surely cannot match without: of its word elements,
 * the one whose shortest alternative (a word or a prefix) is longest, the
 * rarest in practice; undefined when it has none that can serve (only
 * numbers, money, gaps, or a one-letter prefix). Any element would be
 * correct: a match needs all of them; the choice only decides how often a
 * set is tried for nothing.
 */
function keyElement(pattern: Pattern): Extract<Element, { type: 'word' }> | undefined {
  let best: Extract<Element, { type: 'word' }> | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const element of pattern.elements) {
    if (element.type !== 'word' || element.prefixes.some((prefix) => prefix.length < 2)) continue;
    const score = Math.min(...[...element.exact, ...element.prefixes].map((word) => word.length));
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** A match: the first and last token it covers. */
export interface PhraseMatch {
  pattern: Pattern;
  first: Token;
  last: Token;
}

/**
 * Every phrase set's patterns, by their most telling words: a pattern can
 * match a sentence only if the sentence holds its key word (the longest word
 * it requires, such as "discretion" in "sole discretion"). One pass over a
 * sentence's tokens finds which keys it holds, and with them which sets could
 * match it at all, so the rules' sets skip most sentences without walking
 * their tokens (measured in BENCHMARKS.md, "Scale"), and a set that could
 * match tries only the patterns whose key is there.
 */
const keyIds = new Map<string, number>();
/** Keys by each of their words. */
const keysByWord = new Map<string, number[]>();
/** Keys that are a prefix (`forfeit*`), by its first two letters, with the whole prefix. */
const keysByPrefixStart = new Map<string, Array<{ prefix: string; id: number }>>();
/** The sets with a pattern of each key. */
const setsOfKey: number[][] = [];
/** Sets with a pattern that requires no word, or only a word of one letter and a star. */
const setsOnAnyToken: number[] = [];
let setCount = 0;

/**
 * Which keys the last token list seen holds, and which sets could match it:
 * a key or a set is marked when its entry is the number of that list, so
 * that reading a new list needs no new arrays and no clearing. The engine
 * hands each sentence to every rule in turn, so one list's marks serve all
 * the sets of all the rules.
 */
let keyMarks = new Uint32Array(0);
let setMarks = new Uint32Array(0);
let marked = 0;
/** The list the marks are of, and how many sets there were: a set made since may add keys. */
let markedTokens: readonly Token[] | undefined;
let markedSets = 0;

/** Marks the keys the tokens hold and the sets that could match them, unless they are marked already. */
function markCandidates(tokens: readonly Token[]): void {
  if (markedTokens === tokens && markedSets === setCount) return;
  if (keyMarks.length < keyIds.size || setMarks.length < setCount || marked === 0xffffffff) {
    keyMarks = new Uint32Array(keyIds.size);
    setMarks = new Uint32Array(setCount);
    marked = 0;
  }
  marked += 1;
  for (const id of setsOnAnyToken) setMarks[id] = marked;
  if (keysOfWordCounted !== keyIds.size || keysOfWord.size > maxWordsRemembered) {
    keysOfWord.clear();
    keysOfWordCounted = keyIds.size;
  }
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    let ids = keysOfWord.get(token.value);
    if (ids === undefined) {
      ids = [...(keysByWord.get(token.value) ?? [])];
      for (const { prefix, id } of keysByPrefixStart.get(token.head) ?? [])
        if (token.value.startsWith(prefix)) ids.push(id);
      keysOfWord.set(token.value, ids);
    }
    for (const id of ids) markKey(id);
  }
  markedTokens = tokens;
  markedSets = setCount;
}

/**
 * The keys each word holds, its own and those of the prefixes it starts
 * with, worked out the first time the word is seen: a site's prose repeats
 * a few thousand words, so most tokens then cost one lookup instead of two
 * and a walk over prefixes. Kept while no key is added (a new set may add
 * keys), and for a bounded number of words, so an odd file cannot make it
 * grow without end.
 */
const keysOfWord = new Map<string, number[]>();
let keysOfWordCounted = 0;
const maxWordsRemembered = 100_000;

function markKey(id: number): void {
  if (keyMarks[id] === marked) return;
  keyMarks[id] = marked;
  for (const set of setsOfKey[id] as number[]) setMarks[set] = marked;
}

/** Whether the tokens last marked hold a key. */
const holdsKey = (key: number): boolean => keyMarks[key] === marked;

/** The number of a key word element, numbered the first time it is seen. */
function keyIdOf(element: Extract<Element, { type: 'word' }>): number {
  const name = `${[...element.exact].join('|')} ${element.prefixes.join('|')}`;
  let id = keyIds.get(name);
  if (id === undefined) {
    const made = keyIds.size;
    keyIds.set(name, made);
    setsOfKey.push([]);
    for (const word of element.exact) keysByWord.set(word, [...(keysByWord.get(word) ?? []), made]);
    for (const prefix of element.prefixes) {
      const start = prefix.slice(0, 2);
      keysByPrefixStart.set(start, [...(keysByPrefixStart.get(start) ?? []), { prefix, id: made }]);
    }
    id = made;
  }
  return id;
}

/** A pattern of a set, with the number of its key; -1 when it has none and is tried everywhere. */
interface Keyed {
  pattern: Pattern;
  key: number;
}

/**
 * A set of patterns indexed by their first word, so that each token is tried
 * only against the patterns that could start there.
 */
export class PhraseSet {
  private readonly byFirstWord = new Map<string, Keyed[]>();
  /** Patterns whose first word is a prefix (`terminat*`), by the prefix's first two letters. */
  private readonly byPrefixStart = new Map<string, Keyed[]>();
  private readonly others: Keyed[] = [];
  /** This set's number in the index of all sets. */
  private readonly id = setCount++;

  constructor(sources: readonly string[]) {
    const add = (map: Map<string, Keyed[]>, key: string, keyed: Keyed) => {
      const list = map.get(key) ?? [];
      if (!list.includes(keyed)) list.push(keyed);
      map.set(key, list);
    };
    let onAnyToken = false;
    for (const source of sources.flatMap(expandGroups)) {
      const pattern = compilePattern(source);
      const element = keyElement(pattern);
      const keyed = { pattern, key: element === undefined ? -1 : keyIdOf(element) };
      if (keyed.key === -1) onAnyToken = true;
      else if (!(setsOfKey[keyed.key] as number[]).includes(this.id)) setsOfKey[keyed.key]?.push(this.id);
      const first = pattern.elements[0];
      if (first?.type === 'word' && first.prefixes.every((prefix) => prefix.length >= 2)) {
        for (const word of first.exact) add(this.byFirstWord, word, keyed);
        for (const prefix of first.prefixes) add(this.byPrefixStart, prefix.slice(0, 2), keyed);
      } else {
        this.others.push(keyed);
      }
    }
    if (onAnyToken && !setsOnAnyToken.includes(this.id)) setsOnAnyToken.push(this.id);
  }

  /** Whether any pattern of this set could match the tokens; marks their keys, once per token list. */
  private couldMatch(tokens: readonly Token[]): boolean {
    markCandidates(tokens);
    return setMarks[this.id] === marked;
  }

  /** Every match in the tokens, at most one per starting token, leftmost first. */
  matchAll(tokens: readonly Token[]): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    if (!this.couldMatch(tokens)) return matches;
    for (let t = 0; t < tokens.length; t += 1) {
      const match = this.matchAt(tokens, t);
      if (match) matches.push(match);
    }
    return matches;
  }

  /**
   * The first match, if any, starting at token `from` or after; stops at the
   * first. Matching never looks back, so this finds what matching
   * `tokens.slice(from)` would, and shares what is known of `tokens`.
   */
  firstMatch(tokens: readonly Token[], from = 0): PhraseMatch | undefined {
    if (!this.couldMatch(tokens)) return undefined;
    for (let t = from; t < tokens.length; t += 1) {
      const match = this.matchAt(tokens, t);
      if (match) return match;
    }
    return undefined;
  }

  /** The first pattern that matches starting at token `t`. */
  private matchAt(tokens: readonly Token[], t: number): PhraseMatch | undefined {
    const token = tokens[t] as Token;
    if (token.kind === 'word') {
      const match =
        this.tryList(this.byFirstWord.get(token.value), tokens, t) ??
        this.tryList(this.byPrefixStart.get(token.head), tokens, t);
      if (match) return match;
    }
    return this.others.length === 0 ? undefined : this.tryList(this.others, tokens, t);
  }

  /** The first pattern of a list that matches at `t`, of the tokens last marked. */
  private tryList(list: readonly Keyed[] | undefined, tokens: readonly Token[], t: number): PhraseMatch | undefined {
    if (list === undefined) return undefined;
    for (const { pattern, key } of list) {
      // A pattern whose key word the tokens lack cannot match: most tries end here, before any matching.
      if (key !== -1 && !holdsKey(key)) continue;
      const end = matchFrom(pattern.elements, 0, tokens, t);
      if (end > t) return { pattern, first: tokens[t] as Token, last: tokens[end - 1] as Token };
    }
    return undefined;
  }
}
