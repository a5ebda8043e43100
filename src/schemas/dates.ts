import { z } from 'astro/zod';

/*
 * YAML parsers disagree on dates: Astro's turns `2026-09-01` into a Date,
 * others keep the string. Both are accepted and normalised to ISO 8601 strings,
 * the form dates take across module boundaries.
 */

/** Returns true when `yyyy-mm-dd` names a real calendar day (no 30 February). */
function isRealCalendarDay(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written `YYYY-MM-DD`, output as that string. */
export const IsoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Write the date as YYYY-MM-DD, such as 2026-09-01.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      abort: true,
      error: (issue) => `"${String(issue.input)}" is not a date in the form YYYY-MM-DD.`,
    })
    .refine(isRealCalendarDay, { error: (issue) => `"${String(issue.input)}" is not a real calendar day.` }),
);

/**
 * A moment in time with an explicit time zone, such as `2026-10-03T14:05:00Z`
 * or `2026-10-03T07:05:00-07:00`; output as a UTC ISO 8601 string. A time
 * without a zone is refused because readers in other zones would misread it.
 */
export const TimestampSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z
    .string({ error: 'Write the time as YYYY-MM-DDTHH:MM:SSZ (with a time zone).' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
      // A string in the wrong form is not also "not a real moment": one message, not two.
      abort: true,
      error: (issue) => `"${String(issue.input)}" is not a time in the form YYYY-MM-DDTHH:MM:SSZ with a time zone.`,
    })
    .refine((text) => isRealCalendarDay(text.slice(0, 10)) && !Number.isNaN(Date.parse(text)), {
      error: (issue) => `"${String(issue.input)}" is not a real moment in time.`,
    })
    .transform((text) => new Date(text).toISOString()),
);
