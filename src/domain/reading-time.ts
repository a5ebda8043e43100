/** Words a typical adult reads per minute in plain prose. */
export const wordsPerMinute = 230;

const words = new Intl.Segmenter('en', { granularity: 'word' });

/** Counts the words of a text, by Unicode word boundaries (no regular expression). */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** Minutes to read a text, rounded up, at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / wordsPerMinute));
}
