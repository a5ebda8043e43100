/** Words a typical adult reads per minute in plain prose (used by the check's reading level, which pages show). */
export const wordsPerMinute = 230;

const words = new Intl.Segmenter('en', { granularity: 'word' });

/** Counts the words of a text, by Unicode word boundaries (no regular expression). */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}
