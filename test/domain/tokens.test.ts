import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/domain/text/tokens.ts';

describe('tokenize', () => {
  it('splits contractions into the words they stand for, keeping the offsets of what was written', () => {
    const text = "we'll can't won't they're we've i'd don't";
    const words = tokenize(text).map((token) => [token.value, text.slice(token.start, token.end)]);
    expect(words).toEqual([
      ['we', 'we'],
      ['will', "'ll"],
      ['can', 'ca'],
      ['not', "n't"],
      ['will', 'wo'],
      ['not', "n't"],
      ['they', 'they'],
      ['are', "'re"],
      ['we', 'we'],
      ['have', "'ve"],
      ['i', 'i'],
      ['would', "'d"],
      ['do', 'do'],
      ['not', "n't"],
    ]);
  });
  it('keeps possessives and hyphenated words whole', () => {
    expect(tokenize("the company's opt-out").map((token) => token.value)).toEqual(['the', "company's", 'opt-out']);
  });
  it('reads money in symbols and words', () => {
    expect(
      tokenize('$4.99 and 10 dollars')
        .filter((token) => token.kind === 'money')
        .map((token) => token.value),
    ).toEqual(['499', '1000']);
  });
});
