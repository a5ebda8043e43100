/**
 * The record of a policy version: once customers could read it, it never
 * changes in meaning. These functions say when a version is on the record
 * and what a change did to it, compared with the version as it was at a
 * base revision; the record/* rules judge from that.
 */
import type { PolicyVersion } from '../../schemas/policy.ts';
import { changedSpans, sameWords, type ChangedSpan } from '../text/changed-span.ts';

/** A version as the record compares it: its front matter and its body as written. */
export interface RecordedVersion {
  data: PolicyVersion;
  body: string;
}

/**
 * Whether a version is on the record on `today` (`YYYY-MM-DD`): it has been
 * published (customers were given its text, and its notice period runs from
 * that day) or it has taken effect. A version still to be published is a
 * draft and may change freely.
 */
export function isOnRecord(version: Pick<PolicyVersion, 'published' | 'effective'>, today: string): boolean {
  return version.published <= today || version.effective <= today;
}

/** One field of a version that differs from the record. */
export interface RecordChange {
  /** The field, as a path into the front matter; `['body']` for the text below it. */
  field: Array<string | number>;
  before: string;
  after: string;
  /** For the body: one changed stretch, in offsets of the body before and after. */
  span?: ChangedSpan;
}

/** What a change did to a version on the record. */
export interface RecordComparison {
  /** Its dates and change type, which nothing may change: they decide which terms bind when, and the notice. */
  fixed: RecordChange[];
  /** The words customers read, which only a recorded editorial correction may change. */
  text: RecordChange[];
  /** The first correction on the record that is now different or gone; undefined when all are kept. */
  rewrittenCorrection: number | undefined;
  /** How many corrections the change adds after those on the record. */
  addedCorrections: number;
}

/** The start of the line that holds `index`. */
const lineStart = (text: string, index: number) => (index <= 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1);

/**
 * The whole lines of `text` that hold `start`..`end`, widened to the whole of
 * a component tag written over several lines: an attribute changed on a line
 * of its own is judged with the component it belongs to.
 */
function linesAround(text: string, start: number, end: number): string {
  let from = lineStart(text, start);
  const open = text.lastIndexOf('<', from - 1);
  if (open !== -1 && open > text.lastIndexOf('>', from - 1)) from = lineStart(text, open);
  let to = text.indexOf('\n', end);
  if (to === -1) to = text.length;
  const last = text.lastIndexOf('<', to - 1);
  if (last >= from && last > text.lastIndexOf('>', to - 1)) {
    const close = text.indexOf('>', to);
    const after = close === -1 ? -1 : text.indexOf('\n', close);
    to = after === -1 ? text.length : after;
  }
  return text.slice(from, to);
}

/** The front-matter fields of a version whose words customers read, as path and text. */
function textFields(data: PolicyVersion): Map<string, { field: Array<string | number>; text: string }> {
  const fields = new Map<string, { field: Array<string | number>; text: string }>();
  const add = (field: Array<string | number>, text: string) => fields.set(field.join('.'), { field, text });
  add(['title'], data.title);
  add(['summary'], data.summary);
  data.keyPoints.forEach((point, i) => add(['keyPoints', i], point));
  if (data.changes) {
    add(['changes', 'what'], data.changes.what);
    add(['changes', 'why'], data.changes.why);
  }
  return fields;
}

/**
 * Compares a version with the record of it. Tags are left out: they link a
 * version to papers and topics and say nothing about the terms. Spacing and
 * line breaks are not a change of meaning.
 */
export function compareWithRecord(record: RecordedVersion, now: RecordedVersion): RecordComparison {
  const fixed: RecordChange[] = [];
  for (const key of ['effective', 'published', 'changeType'] as const) {
    if (record.data[key] !== now.data[key])
      fixed.push({ field: [key], before: record.data[key], after: now.data[key] });
  }
  // A declared fact may be added to a published version (it names what the text already says), never changed.
  for (const [id, was] of Object.entries(record.data.facts ?? {})) {
    const is = now.data.facts?.[id];
    const before = `${was.value} ${was.unit}`;
    const after = is === undefined ? 'gone' : `${is.value} ${is.unit}`;
    if (before !== after) fixed.push({ field: ['facts', id], before, after });
  }
  const text: RecordChange[] = [];
  const before = textFields(record.data);
  const after = textFields(now.data);
  const gone = new Set<string>();
  for (const [key, { field, text: was }] of before) {
    const is = after.get(key);
    if (is === undefined) {
      // A field that is gone is reported once, at its parent: the key points list, or `changes`.
      const parent = field.slice(0, -1);
      if (gone.has(parent.join('.'))) continue;
      gone.add(parent.join('.'));
      text.push({ field: parent, before: was, after: '' });
    } else if (!sameWords(was, is.text)) {
      text.push({ field, before: was, after: is.text });
    }
  }
  for (const [key, { field, text: is }] of after) {
    if (!before.has(key)) text.push({ field, before: '', after: is });
  }
  // The body, one change per edited line, each with its whole lines before and after: a number is
  // compared whole ("10" and "100"), not as the one character that differs.
  for (const span of sameWords(record.body, now.body) ? [] : changedSpans(record.body, now.body)) {
    text.push({
      field: ['body'],
      before: linesAround(record.body, span.beforeStart, span.beforeEnd),
      after: linesAround(now.body, span.afterStart, span.afterEnd),
      span,
    });
  }
  const kept = record.data.corrections ?? [];
  const all = now.data.corrections ?? [];
  const rewritten = kept.findIndex((correction, i) => {
    const same = all[i];
    return (
      same === undefined ||
      same.date !== correction.date ||
      same.what !== correction.what ||
      same.why !== correction.why
    );
  });
  return {
    fixed,
    text,
    rewrittenCorrection: rewritten === -1 ? undefined : rewritten,
    addedCorrections: Math.max(0, all.length - kept.length),
  };
}
