/*
 * Calendar arithmetic on ISO 8601 strings. Every function is pure: "now" is
 * always passed in, never read from the clock here.
 */

const msPerDay = 86_400_000;

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / msPerDay);
}

/** The `YYYY-MM-DD` day a number of days after another (before it, when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * msPerDay).toISOString().slice(0, 10);
}

/** The UTC calendar day of a moment, as `YYYY-MM-DD`. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * The moment the build treats as "now": `SOURCE_DATE_EPOCH` (seconds since
 * 1970, the reproducible-builds convention) when it is set, otherwise the
 * clock. Passing the environment in keeps callers testable.
 */
export function buildNow(env: Readonly<Record<string, string | undefined>>, clock: () => number = Date.now): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return new Date(clock());
  if (!/^\d+$/.test(epoch)) {
    throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, not "${epoch}".`);
  }
  return new Date(Number(epoch) * 1000);
}
