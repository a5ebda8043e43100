/**
 * Reading level, counted one way for both the check (plain/readability) and
 * the pages' "Reading level" line, so a policy page can never show a grade
 * the check did not judge.
 */
import type { ProseKind } from '../../reader/layout.ts';
import { proseDocument } from '../../reader/prose-document.ts';
import { proseInputOfText } from '../../reader/read-content.ts';
import { countSyllables, fleschKincaidGrade } from '../readability.ts';
import { wordsPerMinute } from '../reading-time.ts';
import { sentencesOf, type Sentence } from './sentences.ts';

export interface ReadingLevel {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade. */
  grade: number;
  /** Minutes to read at the site's reading speed, rounded up, at least one. */
  minutes: number;
}

/**
 * A sentence's words and syllables, when it counts toward the reading level:
 * body text only (front-matter fields are labels, not running text), and not
 * fragments shorter than three words such as headings.
 */
export function sentenceFigures(sentence: Sentence): { words: number; syllables: number } | undefined {
  if (sentence.field !== '' || sentence.words.length < 3) return undefined;
  let words = 0;
  let syllables = 0;
  for (const token of sentence.words) {
    if (token.kind !== 'word') continue;
    words += 1;
    syllables += countSyllables(token.value);
  }
  return { words, syllables };
}

/** The reading level of an MDX or Markdown body. */
export function readingLevel(path: string, body: string, kind: ProseKind): ReadingLevel {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const sentence of sentencesOf(proseDocument(proseInputOfText(path, body, kind)))) {
    const figures = sentenceFigures(sentence);
    if (figures === undefined) continue;
    sentences += 1;
    words += figures.words;
    syllables += figures.syllables;
  }
  return {
    words,
    sentences,
    syllables,
    grade: fleschKincaidGrade({ words, sentences, syllables }),
    minutes: Math.max(1, Math.ceil(words / wordsPerMinute)),
  };
}
