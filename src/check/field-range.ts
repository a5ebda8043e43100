/** Where rules that judge front-matter data report: the line of a field. */
import type { CheckDocument } from './document.ts';

/** The offsets of a front-matter field's line, or of the first line. */
export function fieldRange(document: CheckDocument, field: string): { start: number; end: number } {
  const at = document.source.search(new RegExp(`^${field}:`, 'm'));
  if (at === -1) return { start: 0, end: 0 };
  const end = document.source.indexOf('\n', at);
  return { start: at, end: end === -1 ? document.source.length : end };
}
