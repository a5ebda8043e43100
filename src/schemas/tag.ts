import { z } from 'astro/zod';
import { SlugSchema } from './fee.ts';
import type { ReferenceTo } from './reference.ts';

/**
 * One topic from `content/tags.yaml`. Tags are a fixed list rather than free
 * words so that a misspelt tag is refused instead of quietly starting a
 * topic page of its own.
 */
export const TagSchema = z.strictObject({
  /** The tag's id, written in `tags:` lists and in its page's address, /papers/tags/<id>/. */
  id: SlugSchema,
  /** The topic's name as readers see it, such as "Cancellation". */
  label: z.string().min(1).max(40, { error: "Keep a tag's label short (40 characters at most)." }),
  /** One sentence that says what the topic covers, shown on its page. */
  description: z.string().min(1),
});

export type Tag = z.output<typeof TagSchema>;

/** The tags file: a list of tags. */
export const TagListSchema = z.array(TagSchema);

/** A `tags:` field: topics from tags.yaml, each at most once. Papers, plans and policies share it. */
export function tagListSchema(reference: ReferenceTo) {
  return z
    .array(reference('tags'))
    .refine((tags) => new Set(tags).size === tags.length, { error: 'A tag is listed twice; list each tag once.' })
    .default([]);
}
