/**
 * The review of a change: what customers see in each of two content trees,
 * compared, and what the transparency check says differently about them,
 * both judged at the same `now`. `npm run review` prints it; the domain
 * formats it (`src/domain/review/review-markdown.ts`).
 */
import { customerChanges, type CheckChanges, type CustomerChanges } from '../domain/review/customer-changes.ts';
import { customerViewOf } from '../domain/review/customer-view.ts';
import type { ContentTree } from '../reader/read-content.ts';
import { checkChanges } from './check-changes.ts';
import { checkContentTree } from './check-content.ts';

export interface ChangeReview {
  changes: CustomerChanges;
  check: CheckChanges;
}

/** Reviews the change from `base` to `head`. The trees' files must have the same paths (see `readContentAt`). */
export async function reviewChange(base: ContentTree, head: ContentTree, now: Date): Promise<ChangeReview> {
  const baseCheck = await checkContentTree(base, { now });
  // The record rules judge the head against the base, as `npm run validate` does: an edit to a version
  // in effect is a problem of the head only.
  const headCheck = await checkContentTree(head, { now, base });
  return {
    changes: customerChanges(customerViewOf(base, now), customerViewOf(head, now), now),
    check: checkChanges(baseCheck, headCheck),
  };
}
