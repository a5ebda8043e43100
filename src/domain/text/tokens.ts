/**
 * Splits normalised text into tokens with a hand-written scanner: one pass,
 * no regular expression, so its cost is linear whatever the input.
 */

export type TokenKind = 'word' | 'number' | 'money' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Lower-cased text of the token; for money, the amount in minor units as a string. */
  value: string;
  /** The token as written (after normalisation). */
  raw: string;
  /** Start and end indexes in the normalised text. */
  start: number;
  end: number;
  /** The first two characters of `value`: the key phrase lists index prefixes by. */
  head: string;
}

const currencySymbols = new Set(['$', '€', '£', '¥']);

const letterPattern = /\p{L}/u;
function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  // ASCII first: the common case needs no Unicode lookup.
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letterPattern.test(char);
}
function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/**
 * Reads a number starting at `index`: digits with thousands commas and an
 * optional decimal part. Returns the end index and the digits as written.
 */
function readNumber(text: string, index: number): { end: number; raw: string } {
  let end = index;
  while (end < text.length) {
    const char = text[end] as string;
    if (isDigit(char)) end += 1;
    else if ((char === ',' || char === '.') && isDigit(text[end + 1] ?? '')) end += 1;
    else break;
  }
  return { end, raw: text.slice(index, end) };
}

/** Turns "1,234.5" into minor units ("123450"), assuming two decimal places. */
export function minorUnitsOf(raw: string): string {
  const clean = raw.replace(/,/g, '');
  const [whole = '0', fraction = ''] = clean.split('.');
  return String(Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2)));
}

/** Contracted endings and the words they stand for. */
const contractions: ReadonlyArray<[string, string]> = [
  ["n't", 'not'],
  ["'ll", 'will'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'d", 'would'],
];
/** Stems that change before "n't": "won't" is "will not", "can't" is "can not". */
const negativeStems: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };

/**
 * Pushes a word, split into two when it is a contraction ("we'll" is "we"
 * and "will", "won't" is "will" and "not"), so that phrase lists written
 * with full words match contracted prose too. Offsets stay those of the
 * letters as written.
 */
function pushWord(tokens: Token[], raw: string, start: number): void {
  const value = raw.toLowerCase();
  const end = start + raw.length;
  // Every contraction has an apostrophe; most words have none, and need no ending tried.
  if (!raw.includes("'")) {
    tokens.push({ kind: 'word', value, raw, start, end, head: value.slice(0, 2) });
    return;
  }
  for (const [ending, expanded] of contractions) {
    if (value.length > ending.length && value.endsWith(ending)) {
      const cut = raw.length - ending.length;
      const stemValue = value.slice(0, cut);
      const stem = ending === "n't" ? (negativeStems[stemValue] ?? stemValue) : stemValue;
      tokens.push({
        kind: 'word',
        value: stem,
        raw: raw.slice(0, cut),
        start,
        end: start + cut,
        head: stem.slice(0, 2),
      });
      tokens.push({
        kind: 'word',
        value: expanded,
        raw: raw.slice(cut),
        start: start + cut,
        end,
        head: expanded.slice(0, 2),
      });
      return;
    }
  }
  tokens.push({ kind: 'word', value, raw, start, end, head: value.slice(0, 2) });
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === ' ') {
      index += 1;
    } else if (currencySymbols.has(char) && isDigit(text[index + 1] ?? '')) {
      const number = readNumber(text, index + 1);
      tokens.push({
        kind: 'money',
        value: minorUnitsOf(number.raw),
        raw: text.slice(index, number.end),
        start: index,
        end: number.end,
        head: '',
      });
      index = number.end;
    } else if (isDigit(char)) {
      const number = readNumber(text, index);
      // "45 dollars", "45 USD": a number followed by a currency word is money too.
      const after = text.slice(number.end, number.end + 9).toLowerCase();
      const unit = /^ (dollars?|usd|eur|euros?|gbp|pounds?)\b/.exec(after);
      if (unit) {
        const end = number.end + unit[0].length;
        tokens.push({
          kind: 'money',
          value: minorUnitsOf(number.raw),
          raw: text.slice(index, end),
          start: index,
          end,
          head: '',
        });
        index = end;
      } else {
        tokens.push({
          kind: 'number',
          value: number.raw.replace(/,/g, ''),
          raw: number.raw,
          start: index,
          end: number.end,
          head: '',
        });
        index = number.end;
      }
    } else if (isLetter(char)) {
      let end = index + 1;
      while (end < text.length) {
        const next = text[end] as string;
        if (isLetter(next) || isDigit(next)) end += 1;
        else if ((next === "'" || next === '-') && isLetter(text[end + 1] ?? '')) end += 2;
        else break;
      }
      pushWord(tokens, text.slice(index, end), index);
      index = end;
    } else {
      tokens.push({ kind: 'symbol', value: char, raw: char, start: index, end: index + 1, head: '' });
      index += 1;
    }
  }
  return tokens;
}
