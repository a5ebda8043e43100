/**
 * The record of an incident's or a maintenance's updates: an update that has
 * been posted (its time has come, so the status pages, the feed and the API
 * show it) is never edited or removed; new updates are added after it.
 */
import { isPosted } from './component-status.ts';

/** An update as incidents and maintenance both write it. */
export interface RecordedUpdate {
  at: string;
  status: string;
  message: string;
  /** Incidents only: the components' statuses from this update on. */
  components?: ReadonlyArray<{ id: string; status: string }>;
}

/** A posted update that a change edited or removed. */
export interface UpdateRewrite {
  /** Its place in the list, from 0. */
  index: number;
  /** When it was posted, as on the record. */
  at: string;
  /** Edited, with the fields that differ; or removed. */
  kind: 'edited' | 'removed';
  fields: Array<'at' | 'status' | 'message' | 'components'>;
}

/** A list of components and statuses, as a comparable text. */
function componentsText(update: RecordedUpdate): string {
  return (update.components ?? []).map(({ id, status }) => `${id}: ${status}`).join(', ');
}

/**
 * The posted updates of `record` (those at or before `now`, as the status
 * pages count them) that `updates` no longer has at the same place and in
 * the same words. An update slipped in before a posted one moves it, and is
 * reported as that update's edit: the record is only added to at the end.
 */
export function rewrittenUpdates(
  record: readonly RecordedUpdate[],
  updates: readonly RecordedUpdate[],
  now: Date,
): UpdateRewrite[] {
  const rewrites: UpdateRewrite[] = [];
  record.forEach((posted, index) => {
    if (!isPosted(posted, now)) return;
    const current = updates[index];
    if (current === undefined) {
      rewrites.push({ index, at: posted.at, kind: 'removed', fields: [] });
      return;
    }
    const fields: UpdateRewrite['fields'] = [];
    if (Date.parse(current.at) !== Date.parse(posted.at)) fields.push('at');
    if (current.status !== posted.status) fields.push('status');
    if (current.message !== posted.message) fields.push('message');
    if (componentsText(current) !== componentsText(posted)) fields.push('components');
    if (fields.length > 0) rewrites.push({ index, at: posted.at, kind: 'edited', fields });
  });
  return rewrites;
}

/** Whether any update of the list has been posted by `now`. */
export function hasPostedUpdates(updates: readonly RecordedUpdate[], now: Date): boolean {
  return updates.some((update) => isPosted(update, now));
}
