/**
 * Readability figures, computed the same way on the pages ("Reading level")
 * and in the check (plain/readability).
 */

/**
 * Estimates the syllables of an English word: vowel groups, less a silent
 * final "e", at least one. The usual heuristic of readability tools; exact
 * counts need a dictionary, and the grade it feeds is an estimate anyway.
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  let groups = 0;
  let inGroup = false;
  for (const char of w) {
    const vowel = 'aeiouy'.includes(char);
    if (vowel && !inGroup) groups += 1;
    inGroup = vowel;
  }
  if (w.endsWith('e') && !w.endsWith('le') && !w.endsWith('ee') && groups > 1) groups -= 1;
  if (w.endsWith('ed') && !/[td]ed$/.test(w) && groups > 1) groups -= 1;
  return Math.max(1, groups);
}

/** Totals that readability formulas need. */
export interface TextStatistics {
  words: number;
  sentences: number;
  syllables: number;
}

/** The Flesch-Kincaid grade level: the US school grade needed to read the text. */
export function fleschKincaidGrade(stats: TextStatistics): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}
