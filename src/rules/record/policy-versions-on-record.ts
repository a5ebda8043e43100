/**
 * Shared by the record/* rules about policies: each version that was on the
 * record at the base (published or in effect by the check's today) and is
 * still there, compared with the record. Not a rule itself.
 */
import { isoDay } from '../../domain/dates.ts';
import { compareWithRecord, isOnRecord, type RecordComparison } from '../../domain/policies/policy-record.ts';
import type { ContentTree, Entry } from '../../reader/read-content.ts';
import type { Place } from '../rule.ts';
import { recordPairs, type RecordPair } from './on-record.ts';

export interface VersionOnRecord {
  pair: RecordPair<'policy-version'>;
  /** The version now, valid. */
  now: Entry<'policy-version'> & { data: NonNullable<Entry<'policy-version'>['data']> };
  comparison: RecordComparison;
}

/** The policy versions on the record on the day of `now`, with what they are now (those gone or invalid left out). */
export function versionsOnRecord(base: ContentTree, tree: ContentTree, now: Date): VersionOnRecord[] {
  const today = isoDay(now);
  return recordPairs(base, tree, 'policy-version').flatMap((pair) => {
    const current = pair.now;
    if (!isOnRecord(pair.record.data, today) || current?.data === undefined) return [];
    const comparison = compareWithRecord(
      { data: pair.record.data, body: pair.record.body?.text ?? '' },
      { data: current.data, body: current.body?.text ?? '' },
    );
    return [{ pair, now: current as VersionOnRecord['now'], comparison }];
  });
}

/** Where a changed field is in the version now: a front-matter field, or the changed stretch of the body. */
export function placeOf(version: VersionOnRecord['now'], change: RecordComparison['text'][number]): Place {
  const bodyStart = version.body?.start;
  if (change.span === undefined || bodyStart === undefined) return { field: change.field };
  return { range: { start: bodyStart + change.span.afterStart, end: bodyStart + change.span.afterEnd } };
}
