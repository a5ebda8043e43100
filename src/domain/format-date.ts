import { remember } from './remember.ts';

/** Formatters, made once per locale and zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a `YYYY-MM-DD` day for people, such as "1 September 2026", without shifting it across time zones. */
export function formatDay(iso: string, locale: string): string {
  return remember(
    formatters,
    `day ${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(new Date(`${iso}T00:00:00Z`));
}

/** Formats a moment for people in the site's time zone, with the zone named. */
export function formatMoment(iso: string, locale: string, timeZone: string): string {
  return remember(
    formatters,
    `moment ${locale} ${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }),
  ).format(new Date(iso));
}

/** Formats a number of minutes as "2 h 15 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
