/**
 * The engine skips the sentence segmenter for ASCII text without `.`, `!` or
 * `?`; these tests hold it to what the segmenter itself would say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../src/domain/text/sentences.ts';
import { normalizeText } from '../../src/domain/text/normalize.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const bySegmenter = (text: string) => [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));
const byEngine = (text: string) => [...segmentsOf(text)].map(({ segment, index }) => ({ segment, index }));

describe('segmentsOf', () => {
  it('splits normalised text into the sentences the segmenter finds', () => {
    const pieces = [
      'We',
      'charge',
      '$45',
      'a month',
      '.',
      '!',
      '?',
      ' ',
      '  ',
      '\n',
      '\t',
      ';',
      ':',
      ',',
      '"',
      "'",
      ')',
      '(',
      'e.g',
      '3.5',
      'é',
      '…',
      '。',
      'Inc',
      'Mr',
      '."',
      "?')",
      '!]',
      '...',
    ];
    const text = fc.oneof(
      fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 120 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(' ')),
      // Endings written tight against the words, as "fees.)" or "now?!": where the segmenter is skipped.
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (raw) => {
        const normalised = normalizeText(raw).text;
        const expected = bySegmenter(normalised);
        const found = byEngine(normalised).filter((segment) => segment.segment !== '' || expected.length > 0);
        expect(found).toEqual(expected);
      }),
      { numRuns: 2_000, seed: 11 },
    );
  });

  it(
    'hands text with a full stop, an exclamation or question mark, or any letter beyond ASCII ' + 'to the segmenter',
    () => {
      expect(byEngine('Our prices. Your bill')).toEqual(bySegmenter('Our prices. Your bill'));
      expect(byEngine('No fees at all')).toEqual([{ segment: 'No fees at all', index: 0 }]);
      expect(byEngine('Prix fixés')).toEqual(bySegmenter('Prix fixés'));
    },
  );

  it('keeps one sentence whole when its only full stops, exclamation or question marks end it', () => {
    for (const text of ['We bill monthly.', 'Is it free?! ', 'See "our fees."', 'Really (all of it).) ', 'Wait...'])
      expect(byEngine(text), text).toEqual(bySegmenter(text));
    expect(byEngine('Fees apply. See the list.')).toEqual(bySegmenter('Fees apply. See the list.'));
    expect(byEngine('Is it free? No.')).toHaveLength(2);
  });
});
