/**
 * The sentences of a document's prose, normalised and tokenised, each with
 * the file offsets of its words: what the prose rules read, and what the
 * pages' reading level counts, so that the two can never disagree.
 */
import type { ProseDocument } from '../../reader/prose-document.ts';
import { normalizeText } from './normalize.ts';
import { tokenize, type Token } from './tokens.ts';

/** One sentence of prose, normalised and tokenised. */
export interface Sentence {
  /** The normalised text of the sentence. */
  text: string;
  /** Every token, with offsets into `text`. */
  tokens: Token[];
  /** The tokens that are words, numbers or money (no punctuation). */
  words: Token[];
  /** True inside a quotation. */
  quoted: boolean;
  /** For YAML prose, the field it came from. */
  field: string;
  /** File offsets of the text between two tokens, inclusive. */
  rangeOf(first: Token, last: Token): { start: number; end: number };
  /** File offsets of the whole sentence. */
  range: { start: number; end: number };
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * ASCII text holds one sentence when its only `.`, `!` or `?` end it: in
 * ASCII only those end one (Unicode's sentence rules, UAX #29; line breaks
 * are spaces after normalising), and a run of them, closing quotes or
 * brackets and a space is one ending (rules SB8a, SB9). Half the blocks of
 * a site (headings, names, list items, one-sentence paragraphs) skip the
 * segmenter this way. Anchored, with classes that cannot overlap: linear.
 */
const oneSentence = /^[^.!?\u0080-\uffff]*(?:[.!?]+["')\]]* ?)?$/;

/** The sentences of normalised text, as the segmenter gives them. */
export function segmentsOf(text: string): Iterable<{ segment: string; index: number }> {
  return oneSentence.test(text) ? [{ segment: text, index: 0 }] : sentenceSegmenter.segment(text);
}

/** Splits a document's prose into normalised, tokenised sentences with file offsets. */
export function sentencesOf(doc: Pick<ProseDocument, 'blocks'>): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of doc.blocks) {
    const norm = normalizeText(block.text);
    const fileOffset = (normIndex: number) => {
      const raw = norm.offsets[Math.min(normIndex, norm.offsets.length - 1)] ?? block.text.length;
      return block.offsets[Math.min(raw, block.offsets.length - 1)] ?? 0;
    };
    const fileEnd = (normEnd: number) => {
      if (normEnd <= 0) return fileOffset(0);
      return fileOffset(normEnd - 1) + 1;
    };
    for (const segment of segmentsOf(norm.text)) {
      const text = segment.segment;
      if (text.trim() === '') continue;
      const base = segment.index;
      const tokens = tokenize(text);
      if (tokens.length === 0) continue;
      const words = tokens.filter((token) => token.kind !== 'symbol');
      const trimmedEnd = base + text.trimEnd().length;
      sentences.push({
        text,
        tokens,
        words,
        quoted: block.quoted,
        field: block.field,
        rangeOf: (first, last) => ({ start: fileOffset(base + first.start), end: fileEnd(base + last.end) }),
        range: { start: fileOffset(base + (text.length - text.trimStart().length)), end: fileEnd(trimmedEnd) },
      });
    }
  }
  return sentences;
}
