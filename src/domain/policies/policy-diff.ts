/**
 * What changed between two versions of a policy, word by word, for the
 * version pages' readable diff.
 *
 * Blocks are matched first (jsdiff's array diff), so an unchanged paragraph
 * is never shown as changed because a paragraph before it moved; a run of
 * removed blocks facing a run of added ones is then compared word by word,
 * pair by pair, which is how an edited paragraph shows up.
 */
import { diffArrays, diffWords } from 'diff';
import { countWords } from '../reading-time.ts';
import type { TextBlock } from './policy-text.ts';

export type DiffChange = 'same' | 'inserted' | 'deleted';

export interface DiffSegment {
  change: DiffChange;
  text: string;
}

/** A block of the newer version (or of the older one, when it was deleted), with its changes marked. */
export interface DiffBlock {
  kind: TextBlock['kind'];
  segments: DiffSegment[];
  /** True when any segment is inserted or deleted. */
  changed: boolean;
}

/**
 * What the page shows: changed blocks, their section headings for context, and how many unchanged blocks lie
 * between.
 */
export type DiffEntry = DiffBlock | { kind: 'unchanged'; count: number };

export interface PolicyDiff {
  /** Every block of both versions in reading order, changed or not. */
  blocks: DiffBlock[];
  wordsInserted: number;
  wordsDeleted: number;
}

function whole(block: TextBlock, change: DiffChange): DiffBlock {
  return { kind: block.kind, segments: [{ change, text: block.text }], changed: change !== 'same' };
}

/**
 * Myers' diff costs O(size × edits). Bounding the edits keeps a build fast on
 * any content: past the bound, a paragraph is shown as rewritten (the old one
 * deleted, the new one inserted), which is what it is by then. Bounds count
 * edits, not milliseconds, so the output is the same on every machine.
 */
export const maxWordEdits = 400;
export const maxBlockEdits = 2000;

function wordLevel(before: TextBlock, after: TextBlock): DiffBlock[] {
  const parts = diffWords(before.text, after.text, { maxEditLength: maxWordEdits });
  if (parts === undefined) return [whole(before, 'deleted'), whole(after, 'inserted')];
  const segments = parts.map((part): DiffSegment => ({
    change: part.added ? 'inserted' : part.removed ? 'deleted' : 'same',
    text: part.value,
  }));
  return [{ kind: after.kind, segments, changed: segments.some((segment) => segment.change !== 'same') }];
}

/** Compares two versions' blocks, older first. */
export function policyDiff(before: readonly TextBlock[], after: readonly TextBlock[]): PolicyDiff {
  const parts = diffArrays([...before], [...after], {
    comparator: (a, b) => a.kind === b.kind && a.text === b.text,
    maxEditLength: maxBlockEdits,
  }) ?? [
    // Too different to match block by block: the whole text was rewritten.
    { value: [...before], removed: true, added: false, count: before.length },
    { value: [...after], removed: false, added: true, count: after.length },
  ];
  const blocks: DiffBlock[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const block of part.value) blocks.push(whole(block, 'same'));
      continue;
    }
    const next = parts[i + 1];
    // A removal followed by an addition is an edit: pair the blocks up.
    if (part.removed && next?.added) {
      const removed = part.value;
      const added = next.value;
      const paired = Math.min(removed.length, added.length);
      for (let k = 0; k < paired; k += 1) blocks.push(...wordLevel(removed[k]!, added[k]!));
      for (const block of removed.slice(paired)) blocks.push(whole(block, 'deleted'));
      for (const block of added.slice(paired)) blocks.push(whole(block, 'inserted'));
      i += 1;
      continue;
    }
    for (const block of part.value) blocks.push(whole(block, part.added ? 'inserted' : 'deleted'));
  }
  let wordsInserted = 0;
  let wordsDeleted = 0;
  for (const block of blocks) {
    for (const segment of block.segments) {
      if (segment.change === 'inserted') wordsInserted += countWords(segment.text);
      if (segment.change === 'deleted') wordsDeleted += countWords(segment.text);
    }
  }
  return { blocks, wordsInserted, wordsDeleted };
}

/**
 * The changed blocks with the heading of the section each is in, and the
 * number of unchanged blocks left out between them: a reader sees what
 * changed and where, without rereading the whole policy.
 */
export function changedWithContext(blocks: readonly DiffBlock[]): DiffEntry[] {
  const entries: DiffEntry[] = [];
  // Unchanged blocks since the last changed one.
  let unchanged: DiffBlock[] = [];
  const skip = (count: number) => {
    if (count > 0) entries.push({ kind: 'unchanged', count });
  };
  for (const block of blocks) {
    if (!block.changed) {
      unchanged.push(block);
      continue;
    }
    const heading = unchanged.findLastIndex((candidate) => candidate.kind === 'heading');
    if (heading === -1) skip(unchanged.length);
    else {
      skip(heading);
      entries.push(unchanged[heading]!);
      skip(unchanged.length - heading - 1);
    }
    entries.push(block);
    unchanged = [];
  }
  // Say how many blocks follow unchanged, so the reader knows the rest is the same.
  skip(unchanged.length);
  return entries;
}
