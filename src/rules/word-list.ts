/**
 * Word lists that code rules use (`words/<name>.yaml`), checked by
 * `WordListSchema` when they load.
 */
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
// js-yaml reads YAML 1.2's core schema, as `yaml` does, refusing repeated keys too, in a quarter of the time.
import { load } from 'js-yaml';
import { PhraseSet } from './phrase-matcher.ts';

/**
 * A word list used by a code rule (`words/<name>.yaml`): phrase patterns,
 * or a map from each phrase to the plain words to write instead.
 */
export const WordListSchema = z.union([
  z.strictObject({ phrases: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ swap: z.record(z.string().min(1), z.string().min(1)) }),
]);

export interface WordList {
  phrases: PhraseSet;
  /** For a swap list, each phrase with its plain alternative. */
  swap: ReadonlyMap<string, string>;
}

const wordLists = new Map<string, WordList>();

/** Reads, checks and compiles a word list once. */
export function readWordList(name: string): WordList {
  const cached = wordLists.get(name);
  if (cached) return cached;
  const url = new URL(`./words/${name}.yaml`, import.meta.url);
  const parsed = WordListSchema.safeParse(load(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`The word list src/rules/words/${name}.yaml is not valid:\n${problems.join('\n')}`);
  }
  const swap = new Map('swap' in parsed.data ? Object.entries(parsed.data.swap) : []);
  const list = { phrases: new PhraseSet('phrases' in parsed.data ? parsed.data.phrases : [...swap.keys()]), swap };
  wordLists.set(name, list);
  return list;
}
