/**
 * What the paper pages, tag pages and the feed show about a paper beyond its
 * front matter: its authors and its reading level, counted by the check's
 * own reading-level function so that pages and check agree.
 */
import type { CollectionEntry } from 'astro:content';
import { readingLevel, type ReadingLevel } from '../domain/text/reading-level.ts';
import type { Author } from '../schemas/author.ts';
import { getAuthors } from './collections.ts';

const levels = new Map<string, ReadingLevel>();

/** A paper's reading level (words, grade, minutes), computed once per build. */
export function paperReadingLevel(paper: CollectionEntry<'papers'>): ReadingLevel {
  let level = levels.get(paper.id);
  if (level === undefined) {
    level = readingLevel(paper.filePath ?? `papers/${paper.id}.mdx`, paper.body ?? '', 'paper');
    levels.set(paper.id, level);
  }
  return level;
}

/** A paper's authors, in the order the paper lists them. The check refuses an unknown id (reference/unknown-id). */
export async function paperAuthors(paper: CollectionEntry<'papers'>): Promise<Author[]> {
  const authors = await getAuthors();
  return paper.data.authors.flatMap((id) => authors.get(id) ?? []);
}
