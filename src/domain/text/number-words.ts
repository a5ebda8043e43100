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

const cardinalValues: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
] as const);

/** The value of a number written as one word ("sixty" is 60); undefined for any other word. */
export function cardinalValue(word: string): number | undefined {
  return cardinalValues.get(word);
}
