/**
 * What incident and maintenance files share when a command writes them:
 * their file name, the form of their timestamps, and the time an update is
 * stamped with. Pure: "now" and the site's time zone are passed in.
 */
import type { Document } from 'yaml';
import { TimestampSchema } from '../../schemas/dates.ts';
import { localClockTime, localDay } from './uptime.ts';

/**
 * A file name for an incident or maintenance: its UTC day and a slug of its
 * title, such as 2026-11-22-chat-is-down.md.
 */
export function statusFileName(title: string, at: Date, fallback: 'incident' | 'maintenance'): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
  return `${at.toISOString().slice(0, 10)}-${slug || fallback}.md`;
}

/** A timestamp to the second, in UTC, as status files write them. */
export function statusTimestamp(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/**
 * The text of a Markdown file whose front matter is `doc`, followed by `body`.
 * `padFlow` writes `{ id: dns }` and `[ dns ]` with spaces inside the brackets.
 */
export function frontMatterFile(doc: Document, body = '', padFlow = true): string {
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: padFlow })}---\n${body}`;
}

/**
 * The moment an update was posted, from what an on-call engineer types: an
 * ISO 8601 time with a zone, or a clock time such as `14:05`, meaning today
 * in the site's time zone. Undefined when the text is neither.
 */
export function postedAt(text: string, now: Date, timeZone: string): Date | undefined {
  const clock = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (clock !== null) {
    const hhmm = `${clock[1]?.padStart(2, '0')}:${clock[2]}`;
    return new Date(localClockTime(localDay(now.getTime(), timeZone), hhmm, timeZone));
  }
  const timestamp = TimestampSchema.safeParse(text);
  return timestamp.success ? new Date(timestamp.data) : undefined;
}
