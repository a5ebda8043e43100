/**
 * A guard run before a Markdown or MDX body is parsed. The parser (satteri,
 * as in Astro's own pipeline) takes time that grows with the square of the
 * nesting depth for blockquotes, lists, elements and braces, and doubles
 * with every level of an element inside an attribute's braces
 * (`<a b={<a b={…`). No real page nests that deep, so a body that does is refused
 * before the parser sees it. The scan reads each character once.
 *
 * One more shape is not nesting but costs the same way: a paragraph whose
 * last line holds `<` or `{` (an element, an expression, or just the
 * character, even in inline code) and that runs straight into a heading, a
 * code fence, a thematic break or an element, with no blank line between.
 * Each such paragraph leaves work that every later line repeats until the
 * next blank line. Real pages put blank lines around headings, so a run of
 * more than `parserLimits.markupBeforeBlock` without one is refused.
 *
 * Elements alone at the start of a line with text inside, such as
 * `<b>x</b>`, and elements left open, each cost time in proportion to the
 * number of blocks in the whole page. Lines that start with an element or
 * open one with content, times the blocks, are capped at
 * `parserLimits.elementLinesTimesBlocks`; this
 * counts closed inline elements too, which cost less, because telling them
 * apart would need the parser. A `<` right before a character beyond ASCII
 * (`<é`) costs the same way, and names no component or HTML element, so it
 * is refused wherever it appears.
 *
 * Character references (`&amp;`, `&#x6a;`) cost time in proportion to the
 * text of their paragraph before them; more than
 * `parserLimits.referencesPerParagraph` in one paragraph are refused.
 *
 * And long lines: on a line with any character beyond ASCII, each link,
 * emphasis, code span or element costs time in proportion to the line's
 * length. A line of more than `parserLimits.lineLength` characters outside a
 * code block, some 800 words, is refused: no readable paragraph is that
 * long.
 *
 * What each shape costs without its limit: BENCHMARKS.md, "Parser limits".
 */

/**
 * The limits, each far above any real page. Also the most braces one
 * paragraph may hold, counted in inline code too, because the parser's time
 * grows with the square of that count.
 */
export const parserLimits = {
  braces: 12,
  elements: 256,
  containers: 64,
  bracesPerParagraph: 64,
  markupBeforeBlock: 32,
  lineLength: 5_000,
  referencesPerParagraph: 128,
  elementLinesTimesBlocks: 4_000_000,
} as const;

export interface ParserLimitProblem {
  /** Offset in the body where the limit was passed. */
  offset: number;
  message: string;
}

/**
 * Finds the first place where the body passes one of `parserLimits`: braces
 * and elements (MDX only; counted outside code, roughly: an estimate that errs
 * high is fine at these limits), blockquote and list markers opening one
 * line, paragraphs ending in markup before a block (MDX only), or a long line.
 */
export function parserLimitProblem(body: string, mdx: boolean): ParserLimitProblem | undefined {
  let braces = 0;
  let elements = 0;
  let lineStart = true;
  let containers = 0;
  /** The fence that opened a code block ("```" or "~~~"), or "" outside one. */
  let fence = '';
  /** The length of the backtick run that opened an inline code span, or 0; and where the span closes. */
  let span = 0;
  let spanCloser = -1;
  /**
   * Each backtick run of the current paragraph that opens a code span, with the run that closes it
   * (built on first use).
   */
  let spanClosers: Map<number, number> | undefined;
  /** Braces in the current paragraph, inside inline code or not. */
  let paragraphBraces = 0;
  /** Character references in the current paragraph, inside inline code or not. */
  let paragraphReferences = 0;
  /** Where the current line's text starts (after indentation and container markers), or -1 before it does. */
  let contentStart = -1;
  /** Whether the current line holds `<` or `{` outside a code block. */
  let lineMarkup = false;
  /** Whether the previous line was text (not a heading or a lone element) holding `<` or `{`. */
  let previousMarkup = false;
  /** Lines that ran from such a line straight into a block, since the last blank line. */
  let markupBeforeBlock = 0;
  /** Where the current line starts, and whether it is inside a code block (not its opening fence). */
  let lineBegins = 0;
  let lineInFence = false;
  /** Inside an opening tag (after `<name`, before its `>`), and the brace depth there. */
  let inTag = false;
  let tagBraces = 0;
  /** Whether the current line opens an element that is not self-closing. */
  let lineOpens = false;
  /**
   * Lines that open an element with content, or start with anything but a
   * lone self-closing element, and where the first was.
   */
  let elementLines = 0;
  let firstElementLine = -1;
  /** Blocks: runs of lines ended by a blank line. */
  let blocks = 1;
  for (let i = 0; i <= body.length; i += 1) {
    const c = i === body.length ? 10 : body.charCodeAt(i);
    if (c === 10) {
      if (!lineInFence && i - lineBegins > parserLimits.lineLength) {
        return {
          offset: lineBegins + parserLimits.lineLength,
          message:
            `this line is longer than ${parserLimits.lineLength.toLocaleString('en')} characters, ` +
            'some 800 words; no readable paragraph is that long. Break it into paragraphs.',
        };
      }
      lineBegins = i + 1;
      // A blank line ends any unclosed code span, as it ends the paragraph.
      if (lineStart) {
        span = 0;
        spanClosers = undefined;
        paragraphBraces = 0;
        paragraphReferences = 0;
      }
      // Only a truly blank line clears the parser's pending work; ">" alone does not.
      // (The end of the body is read as one more newline; it starts no block.)
      if (lineStart && containers === 0 && i < body.length) {
        markupBeforeBlock = 0;
        blocks += 1;
      }
      // A lone self-closing component, such as <Fee id="x" />, costs the parser little either way.
      const lone = contentStart !== -1 && isLoneElement(body, contentStart, i);
      const startsWithElement =
        contentStart !== -1 &&
        body.charCodeAt(contentStart) === 60 &&
        body.charCodeAt(contentStart + 1) !== 33 &&
        !lone;
      if (mdx && fence === '' && (lineOpens || inTag || startsWithElement)) {
        elementLines += 1;
        if (firstElementLine === -1) firstElementLine = contentStart;
      }
      previousMarkup = lineMarkup && contentStart !== -1 && body.charCodeAt(contentStart) !== 35 && !lone;
      lineMarkup = false;
      lineOpens = false;
      contentStart = -1;
      lineStart = true;
      lineInFence = fence !== '';
      containers = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9) continue;
      if (
        mdx &&
        fence === '' &&
        contentStart === -1 &&
        previousMarkup &&
        (markerLength(body, i) === 0 || isThematicBreak(body, i)) &&
        startsBlock(body, i)
      ) {
        markupBeforeBlock += 1;
        if (markupBeforeBlock > parserLimits.markupBeforeBlock) {
          return {
            offset: i,
            message:
              `more than ${parserLimits.markupBeforeBlock} paragraphs in a row end in a line with "<" or "{" and ` +
              'run straight into a heading, code block or element; the parser slows down with the square of that ' +
              'count. Put a blank line before this line and the others like it.',
          };
        }
      }
      if (
        (c === 96 || c === 126) &&
        body.startsWith(c === 96 ? '```' : '~~~', i) &&
        !(c === 96 && fence === '' && hasBacktickAfterFence(body, i))
      ) {
        const run = c === 96 ? '```' : '~~~';
        if (fence === '') fence = run;
        else if (fence === run) fence = '';
        lineStart = false;
        i = skipLine(body, i) - 1;
        continue;
      }
      if (fence === '') {
        const marker = markerLength(body, i);
        if (marker > 0) {
          containers += 1;
          if (containers > parserLimits.containers)
            return {
              offset: i,
              message:
                `blockquotes or lists are nested more than ${parserLimits.containers} levels deep on one line; ` +
                'no page needs that many. Flatten them.',
            };
          i += marker - 1;
          continue;
        }
      }
      lineStart = false;
      contentStart = i;
    }
    if (fence !== '') continue;
    if (c === 38 && isReference(body, i)) {
      paragraphReferences += 1;
      if (paragraphReferences > parserLimits.referencesPerParagraph) {
        return {
          offset: i,
          message:
            `one paragraph holds more than ${parserLimits.referencesPerParagraph} character references such as ` +
            '"&amp;"; no page needs that many. Type the characters themselves, or split the paragraph.',
        };
      }
    }
    if (!mdx) continue;
    if (c === 60 || c === 123) lineMarkup = true;
    if (c === 96) {
      let run = 1;
      while (body.charCodeAt(i + run) === 96) run += 1;
      // A run opens a span only if a run of the same length closes it in the paragraph (CommonMark);
      // an unmatched backtick is text, and what follows it is still read.
      if (span === 0) {
        spanClosers ??= codeSpans(body, i);
        const closer = spanClosers.get(i);
        if (closer !== undefined) {
          span = run;
          spanCloser = closer;
        }
      } else if (i === spanCloser) span = 0;
      i += run - 1;
      continue;
    }
    if (c === 123) {
      paragraphBraces += 1;
      if (paragraphBraces > parserLimits.bracesPerParagraph)
        return {
          offset: i,
          message:
            `one paragraph holds more than ${parserLimits.bracesPerParagraph} braces, in code or not; ` +
            'no page needs that many. Split the paragraph, or put the code in a code block.',
        };
    }
    if (span !== 0) continue;
    if (c === 123) {
      braces += 1;
      if (braces > parserLimits.braces)
        return {
          offset: i,
          message:
            `braces are nested more than ${parserLimits.braces} levels deep. ` +
            'Content uses braces only for comments, {/* … */}.',
        };
    } else if (c === 125) {
      braces = Math.max(0, braces - 1);
    } else if (c === 60) {
      const next = body.charCodeAt(i + 1);
      const named = next === 47 ? body.charCodeAt(i + 2) : next;
      if (named >= 128) {
        return {
          offset: i,
          message:
            `"<${String.fromCodePoint(body.codePointAt(i + (next === 47 ? 2 : 1)) ?? named)}" starts an element, ` +
            'and no component or HTML element has a name like that. For a less-than sign, put a space after it.',
        };
      }
      // Only "</name" closes an element; "</" before anything else is text.
      if (next === 47) {
        if (isLetter(named)) elements = Math.max(0, elements - 1);
      } else if (isLetter(next)) {
        elements += 1;
        if (elements > parserLimits.elements)
          return {
            offset: i,
            message:
              `elements are nested more than ${parserLimits.elements} levels deep; no page needs that many. ` +
              'Close each element where it ends.',
          };
        inTag = true;
        tagBraces = braces;
      }
    } else if (c === 62 && inTag && braces === tagBraces) {
      // The end of an opening tag: "/>" closes the element it opened; ">" leaves it open.
      inTag = false;
      if (body.charCodeAt(i - 1) === 47) elements = Math.max(0, elements - 1);
      else lineOpens = true;
    }
  }
  if (elementLines * blocks > parserLimits.elementLinesTimesBlocks) {
    return {
      offset: firstElementLine,
      message:
        `this page has ${elementLines.toLocaleString('en')} lines that start with an element and ` +
        `${blocks.toLocaleString('en')} blocks; parsing takes time in proportion to the two multiplied, ` +
        `and together they pass ${parserLimits.elementLinesTimesBlocks.toLocaleString('en')}. Split the page, ` +
        'or put these elements inside sentences.',
    };
  }
  return undefined;
}

/**
 * Whether a line starting at `i` opens a block that ends a paragraph: a
 * heading, a code fence, a thematic break, an element or an expression.
 */
function startsBlock(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return (
    c === 35 ||
    c === 60 ||
    c === 123 ||
    body.startsWith('```', i) ||
    body.startsWith('~~~', i) ||
    isThematicBreak(body, i)
  );
}

/**
 * Whether the line at `i` is a thematic break of three or more "*" or "_",
 * spaces between allowed. ("---" under a paragraph makes it a heading, which
 * costs nothing: measured.)
 */
function isThematicBreak(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (c !== 42 && c !== 95) return false;
  let count = 0;
  for (let j = i; j < body.length && body.charCodeAt(j) !== 10; j += 1) {
    const d = body.charCodeAt(j);
    if (d === c) count += 1;
    else if (d !== 32 && d !== 9) return false;
  }
  return count >= 3;
}

/**
 * Whether the text from `start` to `end` is one self-closing element, such
 * as `<Fee id="x" />`, alone on its line; a run of those costs the parser
 * little (measured), so it does not count as a paragraph ending in markup.
 */
function isLoneElement(body: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && (body.charCodeAt(last) === 32 || body.charCodeAt(last) === 9 || body.charCodeAt(last) === 13))
    last -= 1;
  if (
    body.charCodeAt(start) !== 60 ||
    !isLetter(body.charCodeAt(start + 1)) ||
    body.charCodeAt(last) !== 62 ||
    body.charCodeAt(last - 1) !== 47
  )
    return false;
  for (let j = start + 1; j < last; j += 1) if (body.charCodeAt(j) === 60) return false;
  return true;
}

/** Whether `&` at `i` starts a character reference: `&`, a name or `#` and digits (up to 32), `;`. */
function isReference(body: string, i: number): boolean {
  for (let j = i + 1; j < body.length && j <= i + 33; j += 1) {
    const c = body.charCodeAt(j);
    if (c === 59) return j > i + (body.charCodeAt(i + 1) === 35 ? 2 : 1);
    if (!(isLetter(c) || isDigit(c) || (c === 35 && j === i + 1))) return false;
  }
  return false;
}

/**
 * The code spans of the paragraph from `start` to the next blank line or
 * fence: each opening backtick run's offset, with the offset of the run of
 * the same length that closes it. One pass over the paragraph, so a
 * paragraph full of unmatched backticks costs no more than one without.
 */
function codeSpans(body: string, start: number): Map<number, number> {
  const runs: { at: number; length: number }[] = [];
  let lineStart = false;
  let blank = false;
  for (let j = start; j < body.length; j += 1) {
    const c = body.charCodeAt(j);
    if (c === 10) {
      if (lineStart && blank) break;
      lineStart = true;
      blank = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 62 || c === 13) continue;
    if (lineStart && (body.startsWith('```', j) || body.startsWith('~~~', j))) break;
    lineStart = false;
    blank = false;
    if (c === 96) {
      let length = 1;
      while (body.charCodeAt(j + length) === 96) length += 1;
      runs.push({ at: j, length });
      j += length - 1;
    }
  }
  // The next run of the same length after each run, found from the right in one pass.
  const next = new Array<number>(runs.length);
  const nextOfLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r -= 1) {
    const { length } = runs[r] as { length: number };
    next[r] = nextOfLength.get(length) ?? -1;
    nextOfLength.set(length, r);
  }
  const closers = new Map<number, number>();
  for (let r = 0; r < runs.length; r += 1) {
    const close = next[r] as number;
    if (close === -1) continue;
    closers.set((runs[r] as { at: number }).at, (runs[close] as { at: number }).at);
    r = close;
  }
  return closers;
}

/**
 * Whether the backtick fence at `i` has another backtick later on its line,
 * which makes it not a fence but code spans in a paragraph (CommonMark).
 */
function hasBacktickAfterFence(body: string, i: number): boolean {
  let j = i;
  while (body.charCodeAt(j) === 96) j += 1;
  for (; j < body.length && body.charCodeAt(j) !== 10; j += 1) if (body.charCodeAt(j) === 96) return true;
  return false;
}

/** The offset just before the end of the line that contains `i`. */
function skipLine(body: string, i: number): number {
  const end = body.indexOf('\n', i);
  return end === -1 ? body.length : end;
}

/**
 * The length of a container marker at `i`, or 0: ">" (a blockquote), or a
 * list marker ("*", "-", "+", or up to nine digits and "." or ")") followed
 * by a space.
 */
function markerLength(body: string, i: number): number {
  const c = body.charCodeAt(i);
  if (c === 62) return 1;
  if ((c === 42 || c === 45 || c === 43) && isSpace(body.charCodeAt(i + 1))) return 1;
  let digits = 0;
  while (digits < 9 && isDigit(body.charCodeAt(i + digits))) digits += 1;
  const after = body.charCodeAt(i + digits);
  if (digits > 0 && (after === 46 || after === 41) && isSpace(body.charCodeAt(i + digits + 1))) return digits + 1;
  return 0;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || Number.isNaN(c);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
