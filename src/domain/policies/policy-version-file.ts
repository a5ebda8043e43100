/**
 * Writing a new version of a policy for an editor: the earliest day it may
 * take effect, and the text of its file, copied from the version before it
 * with the dates set and a `changes` block to fill in. Pure: "today" and the
 * content are passed in; the command line reads and writes the files.
 */
import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { splitFrontMatter } from '../../reader/front-matter.ts';
import { addDays } from '../dates.ts';
import { changesPlaceholder } from '../scaffold-placeholders.ts';

export type ChangeType = 'material' | 'editorial';

/**
 * The earliest day a new version published today may take effect: a material
 * change waits out the notice period, an editorial one may apply today; and
 * either comes after every version already published, so that none of them
 * is slipped under (policy/same-day, policy/rewrites-history).
 */
export function earliestEffective(
  today: string,
  changeType: ChangeType,
  noticeDays: number,
  effectiveDates: readonly string[],
): string {
  const byNotice = addDays(today, changeType === 'material' ? noticeDays : 0);
  const last = [...effectiveDates].sort().at(-1);
  const afterLast = last === undefined ? byNotice : addDays(last, 1);
  return byNotice > afterLast ? byNotice : afterLast;
}

/**
 * The text of a new version's file: the previous version's front matter and
 * body, with its dates and kind of change set and a `changes` block (after
 * `changeType`) for the editor to fill in. Comments in the front matter are kept.
 */
export function nextVersionText(
  previousText: string,
  next: { effective: string; published: string; changeType: ChangeType; previousEffective: string },
): string {
  const split = splitFrontMatter(previousText);
  if (split.yaml === undefined) throw new Error('This policy version has no front matter.');
  const doc = parseDocument(split.yaml.text);
  if (!isMap(doc.contents)) throw new Error("This policy version's front matter is not a map of fields.");
  // Dates as plain scalars, so that YAML does not quote them.
  doc.set('effective', new Scalar(next.effective));
  doc.set('published', new Scalar(next.published));
  doc.set('changeType', next.changeType);
  // Corrections belong to the version they corrected; a new version starts without them.
  doc.delete('corrections');
  const changes = doc.createNode(changesPlaceholder(next.previousEffective));
  changes.commentBefore =
    ' Fill in: what changed since the version of ' + `${next.previousEffective}, and why, in words customers read.`;
  const items = doc.contents.items;
  const existing = items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'changes');
  if (existing !== -1) items.splice(existing, 1);
  const after = items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'changeType');
  const pair = doc.createPair('changes', changes) as (typeof items)[number];
  items.splice(after === -1 ? items.length : after + 1, 0, pair);
  // Lists as the sample files write them: [cancellation, fees].
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${split.body.text}`;
}
