/**
 * A guard run before a Markdown or MDX body is parsed. The parser (satteri,
 * as in Astro's own pipeline) takes time that grows with the square of the
 * nesting depth for blockquotes, lists, elements and braces, and doubles
 * with every level of an element inside an attribute's braces
 * (`<a b={<a b={…`: 20 levels take 1.6 s, 25 levels 50 s, measured). No
 * real page nests that deep, so a body that does is refused before the
 * parser sees it. The scan reads each character once.
 */

/**
 * Deepest nesting a page may use, far above any real content; and the most
 * braces one paragraph may hold, counted in inline code too, because the
 * parser's time grows with the square of that count (measured: 4,000 `{x}`
 * in one paragraph take 96 ms, 16,000 take 1.5 s; spread over paragraphs,
 * they cost nothing).
 */
export const maxDepth = { braces: 12, elements: 256, containers: 64, bracesPerParagraph: 64 } as const;

export interface NestingProblem {
  /** Offset in the body where the limit was passed. */
  offset: number;
  message: string;
}

/**
 * Finds the first place where the body nests deeper than `maxDepth`: braces
 * and elements (MDX only; counted outside code, roughly: an estimate that errs
 * high is fine at these limits), or blockquote and list markers opening one
 * line.
 */
export function nestingProblem(body: string, mdx: boolean): NestingProblem | undefined {
  let braces = 0;
  let elements = 0;
  let lineStart = true;
  let containers = 0;
  /** The fence that opened a code block ("```" or "~~~"), or "" outside one. */
  let fence = '';
  /** The length of the backtick run that opened an inline code span, or 0. */
  let span = 0;
  /** Braces in the current paragraph, inside inline code or not. */
  let paragraphBraces = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 10) {
      // A blank line ends any unclosed code span, as it ends the paragraph.
      if (lineStart) {
        span = 0;
        paragraphBraces = 0;
      }
      lineStart = true;
      containers = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9) continue;
      if ((c === 96 || c === 126) && body.startsWith(c === 96 ? '```' : '~~~', i)) {
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
          if (containers > maxDepth.containers) return { offset: i, message: `blockquotes or lists are nested more than ${maxDepth.containers} levels deep on one line; no page needs that many. Flatten them.` };
          i += marker - 1;
          continue;
        }
      }
      lineStart = false;
    }
    if (fence !== '' || !mdx) continue;
    if (c === 96) {
      let run = 1;
      while (body.charCodeAt(i + run) === 96) run += 1;
      if (span === 0) span = run;
      else if (span === run) span = 0;
      i += run - 1;
      continue;
    }
    if (c === 123) {
      paragraphBraces += 1;
      if (paragraphBraces > maxDepth.bracesPerParagraph) return { offset: i, message: `one paragraph holds more than ${maxDepth.bracesPerParagraph} braces, in code or not; no page needs that many. Split the paragraph, or put the code in a code block.` };
    }
    if (span !== 0) continue;
    if (c === 123) {
      braces += 1;
      if (braces > maxDepth.braces) return { offset: i, message: `braces are nested more than ${maxDepth.braces} levels deep. Content uses braces only for comments, {/* … */}.` };
    } else if (c === 125) {
      braces = Math.max(0, braces - 1);
    } else if (c === 60) {
      const next = body.charCodeAt(i + 1);
      if (next === 47) elements = Math.max(0, elements - 1);
      else if (isLetter(next)) {
        elements += 1;
        if (elements > maxDepth.elements) return { offset: i, message: `elements are nested more than ${maxDepth.elements} levels deep; no page needs that many. Close each element where it ends.` };
      }
    } else if (c === 47 && body.charCodeAt(i + 1) === 62) {
      elements = Math.max(0, elements - 1);
    }
  }
  return undefined;
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
