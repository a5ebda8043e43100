/**
 * Writing a maintenance file for the engineer who plans the work: the window,
 * the components and the announcement, as the text of the Markdown file.
 * Pure: the times and the content are passed in; the CLI writes the file.
 */
import { Document, YAMLSeq } from 'yaml';
import { formatMoment } from '../format-date.ts';
import { frontMatterFile, statusTimestamp } from './status-file.ts';

export interface NewMaintenanceInput {
  title: string;
  /** The ids of the components the work affects. */
  components: readonly string[];
  start: Date;
  end: Date;
  /** When the announcement is posted. */
  at: Date;
  message: string;
}

/**
 * A plain announcement of the window, in the site's time zone, for when the
 * engineer gives no message of their own.
 */
export function maintenanceAnnouncement(
  componentNames: readonly string[],
  start: Date,
  end: Date,
  locale: string,
  timeZone: string,
): string {
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(componentNames);
  return (
    `We plan work on ${names} from ${formatMoment(start.toISOString(), locale, timeZone)} ` +
    `to ${formatMoment(end.toISOString(), locale, timeZone)}. We will post an update when the work starts.`
  );
}

/** The text of a new maintenance file, with its announcement as the one `scheduled` update. */
export function newMaintenanceText(input: NewMaintenanceInput): string {
  const doc = new Document({
    title: input.title,
    components: [...input.components],
    scheduledStart: statusTimestamp(input.start),
    scheduledEnd: statusTimestamp(input.end),
    updates: [{ at: statusTimestamp(input.at), status: 'scheduled', message: input.message }],
  });
  // A list of component ids reads best on one line, as the sample files write it.
  (doc.get('components') as YAMLSeq).flow = true;
  return frontMatterFile(doc, '', false);
}
