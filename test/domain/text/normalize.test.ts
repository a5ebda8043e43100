/**
 * `normalizeText` copies the characters it keeps a run at a time; these
 * tests hold it to the plain rule, one character at a time: white space
 * collapsed to one space, none at the start, every kept character mapped
 * back to where it was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/domain/text/normalize.ts';

/** The rule for ASCII text, character by character. */
function byCharacter(input: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let lastWasSpace = true;
  for (let index = 0; index < input.length; index += 1) {
    const char = input[index] as string;
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') {
      if (lastWasSpace) continue;
      text += ' ';
      lastWasSpace = true;
    } else {
      text += char;
      lastWasSpace = false;
    }
    offsets.push(index);
  }
  offsets.push(input.length);
  return { text, offsets };
}

describe('normalizeText', () => {
  it('collapses white space in ASCII text and maps each character back, as one character at a time would', () => {
    const ascii = fc.string({
      unit: fc.constantFrom('a', 'B', '7', '.', "'", ' ', ' ', '\n', '\t', '\r'),
      maxLength: 80,
    });
    fc.assert(
      fc.property(ascii, (input) => {
        expect(normalizeText(input)).toEqual(byCharacter(input));
      }),
      { numRuns: 2_000, seed: 7 },
    );
  });

  it('keeps the runs on either side of a character it folds or removes', () => {
    // A soft hyphen removed, a Cyrillic "а" folded, a no-break space collapsed with the space after it.
    expect(normalizeText('fe\u00ade  wаs\u00a0 here ')).toEqual({
      text: 'fee was here ',
      offsets: [0, 1, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16],
    });
  });
});
