import { z } from 'astro/zod';
import { SlugSchema } from './fee.ts';

/** One author from `content/authors.yaml`. */
export const AuthorSchema = z.strictObject({
  /** The author's id, used by papers to name them. */
  id: SlugSchema,
  /** The author's name. */
  name: z.string().min(1),
  /** Their role at the company. */
  role: z.string().min(1),
  /** A short bio: one or two sentences. */
  bio: z.string().min(1),
});

export type Author = z.output<typeof AuthorSchema>;

/** The authors file: a list of authors. */
export const AuthorListSchema = z.array(AuthorSchema);
