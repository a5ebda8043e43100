/**
 * Numbers written as words, as the tokenizer gives them (lower case): "ten
 * days" says as much as "10 days". One list for the phrase patterns' `#`
 * and for the terms an editorial correction may not change.
 */

/** Cardinal numbers, from zero to a million. */
export const cardinalWords: ReadonlySet<string> = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'dozen',
]);

/** Ordinals that set a term ("the first month"); "second" is also a unit of time, and counts either way. */
export const ordinalWords: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth']);
