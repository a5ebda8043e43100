import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../src/rules/phrase-matcher.ts';
import { tokenize } from '../../src/domain/text/tokens.ts';

const words = (text: string) => tokenize(text).filter((token) => token.kind !== 'symbol');
const found = (set: PhraseSet, text: string) => {
  const tokens = words(text);
  const match = set.firstMatch(tokens);
  return match === undefined ? undefined : text.slice(match.first.start, match.last.end);
};

describe('phrase sets and their shared index of key words', () => {
  it('matches whichever word of a pattern is its key: the first, a later one, or a prefix', () => {
    const set = new PhraseSet(['sole discretion', 'no warrant*', 'we may ... change']);
    expect(found(set, 'At our sole discretion we act.')).toBe('sole discretion');
    expect(found(set, 'There is no warranty of any kind.')).toBe('no warranty');
    expect(found(set, 'We may at any time change it.')).toBe('We may at any time change');
    expect(found(set, 'We may not do that.')).toBeUndefined();
    expect(found(set, 'Warranty terms are short.')).toBeUndefined();
  });

  it('tries patterns with no usable key word on every sentence', () => {
    const set = new PhraseSet(['# days', '$ fee']);
    expect(found(set, 'Cancel within 30 days.')).toBe('30 days');
    expect(found(set, 'A $45 fee applies.')).toBe('$45 fee');
  });

  it('answers for each set on the same sentence, and for a set made after the sentence was first read', () => {
    const tokens = words('By using the site you agree to binding arbitration.');
    const first = new PhraseSet(['binding arbitration']);
    const other = new PhraseSet(['class action']);
    expect(first.firstMatch(tokens)?.pattern.source).toBe('binding arbitration');
    expect(other.firstMatch(tokens)).toBeUndefined();
    const later = new PhraseSet(['by using ...3 agree']);
    expect(later.firstMatch(tokens)?.pattern.source).toBe('by using ...3 agree');
    expect(later.matchAll(tokens)).toHaveLength(1);
  });

  it('finds a word seen before a set that made it a key, by the word or by a prefix', () => {
    const before = new PhraseSet(['forfeit your deposit']);
    expect(found(before, 'Your forfeiture terms are here.')).toBeUndefined();
    const prefix = new PhraseSet(['your forfeit*']);
    const word = new PhraseSet(['forfeiture terms']);
    expect(found(prefix, 'Your forfeiture terms are here.')).toBe('Your forfeiture');
    expect(found(word, 'Your forfeiture terms are here.')).toBe('forfeiture terms');
  });

  it('tries each pattern of a set only where its own key word is, keys shared between sets', () => {
    const may = new PhraseSet(['we may ... terminate', 'we may ... suspend*']);
    const suspend = new PhraseSet(['suspend* your service']);
    expect(found(may, 'We may suspend your service.')).toBe('We may suspend');
    expect(found(suspend, 'We may suspend your service.')).toBe('suspend your service');
    expect(found(may, 'We may terminate or suspend it.')).toBe('We may terminate');
    expect(found(may, 'We may suspending it.')).toBe('We may suspending');
    expect(found(may, 'We may do either.')).toBeUndefined();
  });

  it('finds from a later word what it finds in the words from there on', () => {
    const set = new PhraseSet(['you agree', 'binding arbitration', 'any ... court', 'within # days']);
    const tokens = words('You agree that any dispute goes to a court, binding arbitration within 30 days, you agree.');
    const spans: string[] = [];
    for (let from = 0; from <= tokens.length; from += 1) {
      const later = set.firstMatch(tokens, from);
      const sliced = set.firstMatch(tokens.slice(from));
      expect(later?.first, `from word ${from}`).toBe(sliced?.first);
      expect(later?.last, `from word ${from}`).toBe(sliced?.last);
      if (later) spans.push(`${later.first.raw}…${later.last.raw}`);
    }
    expect(new Set(spans)).toEqual(
      new Set(['You…agree', 'any…court', 'binding…arbitration', 'within…days', 'you…agree']),
    );
  });
});
