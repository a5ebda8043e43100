import type { z } from 'astro/zod';

/** The collections that other content may refer to by id. */
export type ReferencedCollection = 'fees' | 'authors' | 'components' | 'tags';

/**
 * Makes the schema of a field that names an entry of another collection by id.
 *
 * Schemas take this as a parameter because the two places that validate
 * content check references differently: Astro's `reference()` inside the
 * build, and the reader (which knows every id before it validates, so the
 * rule reference/unknown-id can refuse an unknown one with the file and line). Either way the field's
 * output is the plain id.
 */
export type ReferenceTo = (collection: ReferencedCollection) => z.ZodType<string>;
