/**
 * A link to one sentence of the content, on the page that shows it: the
 * page's address, then a text fragment (`#:~:text=start,end`, the URL
 * Fragment Text Directive) that browsers scroll to and highlight, without a
 * line of JavaScript (Chrome and Edge 80+, Safari 16.1+, Firefox 131+).
 * Where the site's data names the element that holds the sentence (a fee's
 * section on /pricing/fees/, a glossary term), its id stands before the
 * directive, `#router-rental:~:text=…`: a browser that cannot find the words
 * (they changed since) scrolls there instead. A browser without text
 * fragments opens the page at the top.
 *
 * The directive names words the page shows exactly as the source spells
 * them. Rendering changes some characters (straight quotes and apostrophes
 * become curly in Markdown, `--` a dash) and a component such as `<Fee>`
 * shows an amount the source does not spell out, so the sentence is cut at
 * each of those, and the directive names its first stretch of a few words
 * and its last: the browser highlights everything between them.
 */
import { proseDocument, type ProseBlock, type ProseDocument } from '../reader/prose-document.ts';
import { proseInputOf, writtenIds, type Entry } from '../reader/read-content.ts';
import { segmentsOf } from './text/sentences.ts';

export interface SentenceLink {
  /** The page that shows the sentence, such as `/papers/why-no-early-termination-fee/`. */
  page: string;
  /** What the page is called: the paper's, plan's, policy's or incident's title, or the fee's or term's name. */
  title: string;
  /** The id of the element that holds the sentence on that page, when the site's data names one. */
  elementId: string | undefined;
  /**
   * The sentence as written, without markup, whitespace collapsed; `…` where
   * the page shows what the source does not spell out.
   */
  sentence: string;
  /**
   * The words the text fragment looks for: the first stretch of at least three
   * words, and the last stretch when the sentence is cut after it; undefined
   * when no stretch is that long (the link then opens the page, or the element).
   */
  textStart: string | undefined;
  textEnd: string | undefined;
  /** The page, the element id and the text fragment: `/pricing/fees/#router-rental:~:text=The%20router…`. */
  href: string;
}

/** A position in a content file, 1-based, as diagnostics carry it. */
export interface FilePosition {
  line: number;
  column: number;
}

/**
 * The links to the sentences at `positions` in an entry's file, one per
 * sentence (several positions in one sentence make one link), in the order
 * of the positions. A position outside the prose, or in a file no single
 * page shows (site.yaml, authors.yaml, tags.yaml), has no link.
 */
export function sentenceLinks(entry: Entry, positions: readonly FilePosition[]): SentenceLink[] {
  const input = proseInputOf(entry);
  if (input === undefined || positions.length === 0) return [];
  const doc = proseDocument(input);
  const starts = lineStarts(entry.source.text);
  const links = new Map<string, SentenceLink>();
  for (const { line, column } of positions) {
    const offset = (starts[line - 1] ?? Number.NaN) + column - 1;
    if (!Number.isFinite(offset)) continue;
    const place = pageOf(entry, line);
    const pieces = sentenceAt(doc, offset);
    if (place === undefined || pieces === undefined) continue;
    const link = linkTo(place, pieces);
    if (!links.has(link.href)) links.set(link.href, link);
  }
  return [...links.values()];
}

/** The offset at which each line of a text starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The page that shows an entry, and the element on it that holds what is written at `line`. */
interface Place {
  page: string;
  title: string;
  elementId: string | undefined;
}

/** Where an entry's text is shown: one page per entry, or, for a catalogue, the element of the item at `line`. */
export function pageOf(entry: Entry, line: number): Place | undefined {
  const data = (entry.data ?? entry.raw) as { title?: unknown; name?: unknown } | undefined;
  const title = typeof data?.title === 'string' ? data.title : typeof data?.name === 'string' ? data.name : entry.id;
  switch (entry.kind) {
    case 'paper':
      return { page: `/papers/${entry.id}/`, title, elementId: undefined };
    case 'plan':
      return { page: `/pricing/${entry.id}/`, title, elementId: undefined };
    case 'policy-version':
      // Every version has a permanent page; the policy's own address shows only the one in effect.
      return { page: `/policies/${entry.id}/`, title, elementId: undefined };
    case 'incident':
      return { page: `/status/incidents/${entry.id}/`, title, elementId: undefined };
    case 'maintenance':
      return { page: `/status/maintenance/${entry.id}/`, title, elementId: undefined };
    case 'fees': {
      const item = itemAt(entry, line);
      return item && { page: '/pricing/fees/', title: item.name, elementId: item.id };
    }
    case 'glossary': {
      const item = itemAt(entry, line);
      return item && { page: '/policies/glossary/', title: item.name, elementId: item.id };
    }
    case 'components':
      return { page: '/status/', title: 'Service status', elementId: undefined };
    default:
      return undefined;
  }
}

/** The item of a list catalogue written at `line`: the last one that starts on or before it. */
function itemAt(entry: Entry, line: number): { id: string; name: string } | undefined {
  const items = Array.isArray(entry.raw) ? (entry.raw as Array<{ name?: unknown; term?: unknown } | null>) : [];
  let found: { id: string; name: string } | undefined;
  for (const { id, field } of writtenIds(entry).items) {
    const index = field[0] as number;
    if ((entry.yaml?.positionOf([index]).line ?? Infinity) > line) break;
    const item = items[index];
    const name = typeof item?.name === 'string' ? item.name : typeof item?.term === 'string' ? item.term : id;
    found = { id, name };
  }
  return found;
}

/**
 * A piece of a sentence: words the page shows as written (`text`), a mark
 * that rendering may change (`mark`: a quote, an apostrophe, `--`, `...`),
 * or something the page shows that the source does not spell out (`gap`: a
 * component such as `<Fee>`, inline code, a footnote mark).
 */
interface Piece {
  kind: 'text' | 'mark' | 'gap';
  text: string;
}

/** The sentence of the document's prose at a file offset, in pieces. */
function sentenceAt(doc: ProseDocument, offset: number): Piece[] | undefined {
  for (const block of doc.blocks) {
    const first = block.offsets[0] ?? Infinity;
    const end = block.offsets.at(-1) ?? -Infinity;
    if (offset < first || offset >= end) continue;
    // The first character at or after the offset: a problem can start on the markup before a word.
    let index = block.offsets.findIndex((at, i) => i < block.text.length && at >= offset);
    if (index === -1) index = block.text.length - 1;
    for (const { segment, index: from } of segmentsOf(block.text)) {
      if (index >= from && index < from + segment.length) return piecesOf(doc, block, from, from + segment.length);
    }
  }
  return undefined;
}

/** Punctuation that smart punctuation may change: quotes and apostrophes, `--` and `...`. */
const smartPunctuation = /["']|-{2,}|\.{3,}/g;

/** Splits the characters `from` to `to` of a block into pieces (see `Piece`). */
function piecesOf(doc: ProseDocument, block: ProseBlock, from: number, to: number): Piece[] {
  const marks = new Set<number>();
  for (const match of block.text.slice(from, to).matchAll(smartPunctuation))
    for (let k = 0; k < match[0].length; k += 1) marks.add(from + match.index + k);
  const pieces: Piece[] = [];
  const push = (kind: Piece['kind'], text: string) => {
    const last = pieces.at(-1);
    if (last?.kind === kind && kind !== 'gap') last.text += text;
    else if (!(last?.kind === 'gap' && kind === 'gap')) pieces.push({ kind, text });
  };
  for (let i = from; i < to; i += 1) {
    const char = block.text[i] ?? '';
    const at = block.offsets[i] ?? 0;
    const before = block.offsets[i - 1];
    // An element that holds no character of the block sits between two of them: a component, or nothing.
    if (i > from && before !== undefined && doc.elements.some((element) => element.start > before && element.end <= at))
      push('gap', '');
    // A character the source does not have there is the reader's placeholder (inline code, a footnote's dagger).
    const written = doc.source[at] ?? '';
    if (written !== char && !(/\s/.test(char) && /\s/.test(written))) push('gap', '');
    else push(marks.has(i) ? 'mark' : 'text', char);
  }
  return pieces;
}

/** Collapses whitespace, as a page shows it. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A letter or a digit, in any script. */
const wordCharacter = /[\p{L}\p{N}]/u;

/** A stretch the directive looks for has at least this many words, so that it is found where it should be. */
const minimumWords = 3;

/** The link to a sentence: the text directive names its first stretch of words and, when it is cut, its last. */
function linkTo(place: Place, pieces: readonly Piece[]): SentenceLink {
  const sentence = collapse(pieces.map((piece) => (piece.kind === 'gap' ? ' … ' : piece.text)).join(''));
  // Each stretch of words, cut back to whole words where an apostrophe splits one ("don't").
  const stretches = pieces.flatMap((piece, i) => {
    if (piece.kind !== 'text') return [];
    let text = piece.text;
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    if (before?.kind === 'mark' && before.text === "'" && wordCharacter.test(pieces[i - 2]?.text.at(-1) ?? ''))
      text = text.replace(/^\S*/, '');
    if (after?.kind === 'mark' && after.text === "'" && wordCharacter.test(pieces[i + 2]?.text[0] ?? ''))
      text = text.replace(/\S*$/, '');
    text = collapse(text);
    return text.split(' ').filter((word) => wordCharacter.test(word)).length > 0 ? [text] : [];
  });
  const startAt = stretches.findIndex((text) => text.split(' ').length >= minimumWords);
  const textStart = stretches[startAt];
  const textEnd = startAt !== -1 && startAt < stretches.length - 1 ? stretches.at(-1) : undefined;
  const terms = [textStart, textEnd].filter((term) => term !== undefined).map(directiveTerm);
  const fragment = `${place.elementId ?? ''}${terms.length > 0 ? `:~:text=${terms.join(',')}` : ''}`;
  return {
    page: place.page,
    title: place.title,
    elementId: place.elementId,
    sentence,
    textStart,
    textEnd,
    href: fragment === '' ? place.page : `${place.page}#${fragment}`,
  };
}

/** A term of a text directive: percent-encoded, with `-`, `,` and `&` encoded too, as its syntax requires. */
export function directiveTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
