/**
 * What a sentence discloses: an amount, a date, notice ahead, a free way
 * out, an online way to act, a quantity, a speed. A clause rule names the
 * disclosures that make its kind of clause the fair one (`fairWhen`), so
 * "prices may rise" is refused and "on March 1 the price rises from $55 to
 * $58" is not.
 */
import { pricingComponents } from '../domain/pricing/pricing-components.ts';
import type { Sentence } from '../domain/text/sentences.ts';
import type { Token } from '../domain/text/tokens.ts';
import { readWordList } from './word-list.ts';

export const disclosureNames = [
  'amount',
  'amount-after',
  'date',
  'notice',
  'free-exit',
  'online',
  'quantity',
  'speed',
] as const;
export type Disclosure = (typeof disclosureNames)[number];

const months = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const beforeMonth = new Set(['each', 'every', 'in', 'on', 'from', 'until', 'by', 'since', 'after', 'before']);
const negations = new Set(['not', 'no', 'never', 'cannot', 'nor', 'without']);

/** A date: "March 1", "1 March", "each April", "2027-03-01", or a year. */
function hasDate(words: readonly Token[]): boolean {
  return words.some((token, i) => {
    if (token.kind === 'number') return /^(19|20)\d\d$/.test(token.value);
    if (token.kind !== 'word' || !months.has(token.value)) return false;
    const next = words[i + 1];
    const previous = words[i - 1];
    // "may" is a month only beside a number: "May 1", "1 May".
    if (next?.kind === 'number' || previous?.kind === 'number') return true;
    return token.value !== 'may' && previous !== undefined && beforeMonth.has(previous.value);
  });
}

/** A share, such as "2.5%" or "5 percent": an amount that depends on the bill. */
function hasPercent(sentence: Sentence): boolean {
  return sentence.tokens.some(
    (token, i) => token.kind === 'number' && ['%', 'percent', 'per cent'].includes(sentence.tokens[i + 1]?.value ?? ''),
  );
}

/** True when one of the five words before `token` negates it: "you cannot cancel online". */
function negated(words: readonly Token[], token: Token): boolean {
  const at = words.indexOf(token);
  return words.slice(Math.max(0, at - 5), at).some((word) => negations.has(word.value));
}

/** Where an MDX body's elements are, in file offsets: a `<Price>` or `<Fee>` shows an amount. */
export type ElementSpans = ReadonlyArray<{ name: string | undefined; start: number; end: number }>;

/** Whether a pricing component stands in the sentence, after file offset `from`. */
function showsAmount(sentence: Sentence, elements: ElementSpans, from: number): boolean {
  return elements.some(
    (element) =>
      element.name !== undefined &&
      element.name in pricingComponents &&
      element.start >= from &&
      element.end <= sentence.range.end,
  );
}

// Doing something else online says nothing of the way out: "sign up online", "it can be paused online".
const joining = new Set([
  'sign',
  'signing',
  'join',
  'joining',
  'buy',
  'subscribe',
  'enrol',
  'enroll',
  'register',
  'order',
  'pause',
  'paused',
  'change',
  'changed',
  'manage',
  'upgrade',
  'downgrade',
  'view',
  'update',
  'edit',
]);
/** Whether an online word is about something other than leaving. */
function aboutJoining(words: readonly Token[], token: Token): boolean {
  const at = words.indexOf(token);
  return words.slice(Math.max(0, at - 3), at).some((word) => joining.has(word.value));
}

const refused = ['available', 'possible', 'offered', 'supported'];
/** "Online cancellation is not available": the channel named only to be refused. */
function unavailable(words: readonly Token[], token: Token): boolean {
  const at = words.indexOf(token);
  const next = words.slice(at + 1, at + 5).map((word) => word.value);
  return next.includes('unavailable') || next.some((word, i) => word === 'not' && refused.includes(next[i + 1] ?? ''));
}

/**
 * Whether the sentence makes a disclosure; `after` is the clause's last
 * word, for `amount-after`, and `elements` the MDX elements of the file.
 */
export function discloses(
  sentence: Sentence,
  disclosure: Disclosure,
  after?: Token,
  elements: ElementSpans = [],
): boolean {
  const words = sentence.words;
  switch (disclosure) {
    case 'amount':
      return (
        words.some((token) => token.kind === 'money') ||
        hasPercent(sentence) ||
        showsAmount(sentence, elements, sentence.range.start)
      );
    case 'amount-after':
      return (
        words.some((token) => token.kind === 'money' && (after === undefined || token.start > after.start)) ||
        showsAmount(
          sentence,
          elements,
          after === undefined ? sentence.range.start : sentence.rangeOf(after, after).start,
        )
      );
    case 'date':
      return hasDate(words);
    case 'notice':
      return readWordList('disclosure-notice').phrases.firstMatch(words) !== undefined;
    case 'free-exit':
      return readWordList('disclosure-free-exit').phrases.firstMatch(words) !== undefined;
    case 'online':
      return readWordList('disclosure-online')
        .phrases.matchAll(words)
        .some(
          (match) =>
            !negated(words, match.first) && !aboutJoining(words, match.first) && !unavailable(words, match.last),
        );
    case 'quantity':
      return readWordList('disclosure-quantity').phrases.firstMatch(words) !== undefined;
    case 'speed':
      return readWordList('disclosure-speed').phrases.firstMatch(words) !== undefined;
  }
}

/** Whether any one of the sets of disclosures is made in full. */
export function disclosesAny(
  sentence: Sentence,
  sets: ReadonlyArray<readonly Disclosure[]>,
  after?: Token,
  elements?: ElementSpans,
): boolean {
  return sets.some((set) => set.every((disclosure) => discloses(sentence, disclosure, after, elements)));
}
