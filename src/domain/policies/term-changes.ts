/**
 * What makes a change to a policy's text more than a change of wording: the
 * one definition that policy/editorial-change, record/correction-alters-terms
 * and the review read. Every scan here walks the text once: linear even on
 * hostile input.
 */
import { normalizeText } from '../text/normalize.ts';
import { cardinalWords, ordinalWords } from '../text/number-words.ts';

const negations = new Set([
  'not',
  'no',
  'never',
  'none',
  'nothing',
  'nobody',
  'nowhere',
  'neither',
  'nor',
  'without',
  'cannot',
  'unless',
  'except',
  'excluding',
]);

/** Words that say how much of something: "every full day" and "some days" are different promises. */
const quantifiers = new Set([
  'all',
  'any',
  'both',
  'each',
  'either',
  'entire',
  'every',
  'few',
  'fewer',
  'full',
  'half',
  'less',
  'many',
  'more',
  'most',
  'only',
  'partial',
  'several',
  'some',
  'whole',
  'always',
  'sometimes',
  'often',
  'free',
  'unlimited',
  'maximum',
  'minimum',
  'once',
  'twice',
  'double',
]);

/** Units of time, the other half of a deadline: "within 10 days" and "within 10 weeks" differ. */
const timeUnits = new Set(
  ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year']
    .flatMap((unit) => [unit, `${unit}s`])
    .concat(['business', 'working', 'calendar', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'annual'])
    .concat(['annually', 'overnight', 'immediately', 'today', 'tomorrow']),
);

/** Words that fix a deadline to its side of a date; "at least", "no later than" and "up to" are two of them. */
const deadlineWords = new Set([
  'within',
  'after',
  'before',
  'until',
  'till',
  'by',
  'from',
  'since',
  'prior',
  'least',
  'latest',
  'earliest',
  'later',
  'earlier',
  'sooner',
  'longer',
]);

/** The components that show an amount from the pricing data: any change to one changes an amount. */
const amountComponents = ['Price', 'Fee', 'TotalCost'];

function isWordChar(char: string, leading: boolean): boolean {
  if (/[\p{L}\p{N}]/u.test(char)) return true;
  return leading ? '$€£'.includes(char) : "%'".includes(char);
}

function isTermWord(word: string): boolean {
  return (
    /[0-9]/.test(word) ||
    // Every "n't" is a negation: "can't", "shouldn't", "mustn't".
    word.endsWith("n't") ||
    negations.has(word) ||
    quantifiers.has(word) ||
    timeUnits.has(word) ||
    deadlineWords.has(word) ||
    cardinalWords.has(word) ||
    ordinalWords.has(word)
  );
}

/**
 * Splits `text` into its amount components (`<Fee id="late-payment" />`,
 * spacing collapsed) and the prose around them. A component cut off by the
 * end of the text runs to its end.
 */
function splitAmountComponents(text: string): { components: string[]; prose: string } {
  const components: string[] = [];
  let prose = '';
  let from = 0;
  for (let open = text.indexOf('<'); open !== -1; open = text.indexOf('<', open + 1)) {
    const name = amountComponents.find((candidate) => text.startsWith(candidate, open + 1));
    if (name === undefined || /[\p{L}\p{N}_]/u.test(text[open + 1 + name.length] ?? '')) continue;
    const close = text.indexOf('>', open);
    const end = close === -1 ? text.length : close + 1;
    components.push(text.slice(open, end).split(/\s+/).join(' '));
    prose += `${text.slice(from, open)} `;
    from = end;
    if (close === -1) break;
    open = close;
  }
  return { components, prose: prose + text.slice(from) };
}

/** Every word of `text`, lower-cased and trimmed of punctuation, with look-alike letters and quotes folded. */
function words(text: string): string[] {
  const found: string[] = [];
  for (const raw of text.toLowerCase().split(/\s+/)) {
    // Trim punctuation with two index walks, not a regular expression:
    // linear even on a word made of a million full stops.
    let start = 0;
    let end = raw.length;
    while (start < end && !isWordChar(raw[start] as string, true)) start += 1;
    while (end > start && !isWordChar(raw[end - 1] as string, false)) end -= 1;
    const word = raw.slice(start, end);
    if (word !== '') found.push(word);
  }
  return found;
}

/**
 * The words that carry terms: numbers, amounts (and the components that
 * show them), deadlines and their units, quantifiers and negations. An
 * editorial change rewords; if one of these changes, what customers get or
 * owe changed.
 */
export function termWords(text: string): string[] {
  // The normaliser folds curly quotes; the modifier letter, prime and accents also pass for apostrophes.
  const folded = normalizeText(text).text.replace(/[\u02bc\u2032\u00b4`]/g, "'");
  const { components, prose } = splitAmountComponents(folded);
  // "1 days" corrected to "1 day" is a typo fixed: a unit counts as its singular.
  const singular = (word: string) =>
    timeUnits.has(word) && timeUnits.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
  return [...components, ...words(prose).filter(isTermWord).map(singular)];
}

/**
 * How many sentences `text` has: each full stop, question or exclamation
 * mark that ends a word, and each non-blank line (a list item, a heading)
 * that ends without one.
 */
function sentenceCount(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    let ended = false;
    for (let i = 0; i < trimmed.length; i += 1) {
      const char = trimmed[i] as string;
      const next = trimmed[i + 1];
      if ('.!?'.includes(char) && (next === undefined || next === ' ' || next === '\t')) {
        count += 1;
        ended = next === undefined;
      }
    }
    if (!ended) count += 1;
  }
  return count;
}

/**
 * Words a change may drop without a term word among them: a clumsy phrase
 * made shorter. More than this, and a clause went, which is a promise gone,
 * not a wording fixed.
 */
const maxWordsDropped = 5;

function counts(items: string[]): Map<string, number> {
  return items.reduce((map, item) => map.set(item, (map.get(item) ?? 0) + 1), new Map<string, number>());
}

/**
 * What a change from `before` to `after` does to the terms, for the message:
 * the term words one text has that the other lacks (both ways), and a note
 * when sentences or words are gone. Empty when the change only rewords.
 */
export function changedTermWords(before: string, after: string): string[] {
  const a = counts(termWords(before));
  const b = counts(termWords(after));
  const changed = new Set<string>();
  for (const [word, n] of a) if ((b.get(word) ?? 0) !== n) changed.add(word);
  for (const [word, n] of b) if ((a.get(word) ?? 0) !== n) changed.add(word);
  // Lines count as sentences, so these read the text as written: normalising folds line breaks.
  const lost = sentenceCount(before) - sentenceCount(after);
  if (lost > 0) changed.add(lost === 1 ? 'a sentence removed' : `${lost} sentences removed`);
  else {
    const dropped = words(before).length - words(after).length;
    if (dropped > maxWordsDropped) changed.add(`${dropped} words removed`);
  }
  return [...changed];
}
