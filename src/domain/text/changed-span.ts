/**
 * Where one text differs from another: the stretch between their common
 * beginning and their common end. One walk from each end, linear in the
 * texts; enough to point at an edit and quote it, not a full diff.
 */

/** A changed stretch, as offsets in the text before and in the text after. */
export interface ChangedSpan {
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

/** The changed stretch between `before` and `after`; undefined when they are equal. */
export function changedSpan(before: string, after: string): ChangedSpan | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start += 1;
  let tail = 0;
  while (tail < shorter - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  return { beforeStart: start, beforeEnd: before.length - tail, afterStart: start, afterEnd: after.length - tail };
}

/**
 * Every changed stretch between two texts, line by line when they have as
 * many lines (so that two edits far apart are two places), otherwise the one
 * stretch from the first difference to the last. Lines that differ only in
 * spacing are not changed.
 */
export function changedSpans(before: string, after: string): ChangedSpan[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) {
    const span = changedSpan(before, after);
    return span ? [span] : [];
  }
  const spans: ChangedSpan[] = [];
  let from = 0;
  let to = 0;
  a.forEach((line, i) => {
    const other = b[i] ?? '';
    const span = sameWords(line, other) ? undefined : changedSpan(line, other);
    if (span) {
      spans.push({
        beforeStart: from + span.beforeStart,
        beforeEnd: from + span.beforeEnd,
        afterStart: to + span.afterStart,
        afterEnd: to + span.afterEnd,
      });
    }
    from += line.length + 1;
    to += other.length + 1;
  });
  return spans;
}

/** True when two texts have the same words in the same order: line breaks and spacing aside. */
export function sameWords(before: string, after: string): boolean {
  const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
  const a = words(before);
  const b = words(after);
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/**
 * A short quotation of `text` around `start`..`end`, for a message: the
 * changed stretch with a few words either side, on one line. Widened to
 * whole words within a few characters; a long change is shown by its start.
 */
export function quoteAround(text: string, start: number, end: number, context = 24, longest = 80): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  for (let n = 0; n < 16 && from > 0 && !/\s/.test(text[from - 1] ?? ' '); n += 1) from -= 1;
  for (let n = 0; n < 16 && to < text.length && !/\s/.test(text[to] ?? ' '); n += 1) to += 1;
  to = Math.min(to, from + longest);
  const quoted = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${quoted}${to < text.length ? '…' : ''}`;
}

/** What changed between two texts, each quoted around the changed stretch, for a message. */
export function quoteChange(before: string, after: string): { before: string; after: string } {
  const span = changedSpan(before, after) ?? { beforeStart: 0, beforeEnd: 0, afterStart: 0, afterEnd: 0 };
  const quote = (text: string, start: number, end: number) =>
    text.trim() === '' ? 'nothing' : `"${quoteAround(text, start, end)}"`;
  return {
    before: quote(before, span.beforeStart, span.beforeEnd),
    after: quote(after, span.afterStart, span.afterEnd),
  };
}
