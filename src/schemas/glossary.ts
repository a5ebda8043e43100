import { z } from 'astro/zod';
import { SlugSchema } from './fee.ts';

/** One defined term from `content/glossary.yaml`. */
export const GlossaryEntrySchema = z.strictObject({
  /** The term's id, used by `<Term id="…">` in policies and papers, and as its anchor on /policies/glossary/. */
  id: SlugSchema,
  /** The term as readers meet it, such as "Billing cycle". */
  term: z.string().min(1),
  /** What it means, in plain words: one or two sentences a reader can act on. */
  definition: z.string().min(20, { error: 'Define the term in at least a full sentence.' }),
});

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;

/** The glossary file: a list of terms. */
export const GlossarySchema = z.array(GlossaryEntrySchema);
