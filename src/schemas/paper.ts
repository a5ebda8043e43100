import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import type { ReferenceTo } from './reference.ts';
import { tagListSchema } from './tag.ts';

/** The front matter of a white paper, from `content/papers/<slug>.mdx`. */
export function paperSchema(reference: ReferenceTo) {
  return z.strictObject({
    /** The paper's title. */
    title: z.string().min(1),
    /** Two or three sentences that say what the paper explains. */
    summary: z.string().min(1),
    /** The people who wrote it, by author id. */
    authors: z.array(reference('authors')).min(1),
    /** The day it was first published. */
    published: IsoDateSchema,
    /** The day it was last revised in substance, if it has been. */
    updated: IsoDateSchema.optional(),
    /** Topics from tags.yaml, for tag pages and related links. */
    tags: tagListSchema(reference),
  });
}

export type Paper = z.output<ReturnType<typeof paperSchema>>;
