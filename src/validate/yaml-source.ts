import { constructFromEvents, EVENT_ID, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.ts';

/**
 * A YAML document parsed with positions, so that a problem found in its data
 * can be reported at the line and column where the field is written.
 */
export interface YamlSource {
  /** The file, relative to the project root. */
  file: string;
  /** The parsed data, or undefined when the YAML itself is broken. */
  data: unknown;
  /** Syntax errors, already positioned. */
  syntaxErrors: Diagnostic[];
  /**
   * Numbers written with a decimal point or an exponent, with where they are.
   * YAML reads `45.00` as the integer 45, so only the source shows that an
   * editor wrote dollars where cents were meant.
   */
  decimalNumbers: Array<{ path: PropertyKey[]; source: string }>;
  /**
   * Returns the 1-based line and column where the value at `path` is written,
   * or with `'key'`, where its key is.
   */
  positionOf(path: ReadonlyArray<PropertyKey>, part?: 'value' | 'key'): { line: number; column: number };
}

/**
 * Parses YAML text that starts at `lineOffset` lines into its file (front
 * matter starts on line 2). Dates stay strings (YAML 1.2 core schema), so a
 * date such as 2026-02-30 is checked, not silently rolled over.
 *
 * Positions are needed only to report a problem, and nearly every file has
 * none: the data comes from js-yaml's event parser (9 times faster), and the
 * text is parsed again with `yaml`, for its node ranges, only when a
 * position is asked for. Anything the fast reading does not take as plainly
 * valid (a syntax error, a repeated key, an alias, a second document) is
 * read by `yaml` from the start, so its messages are the ones editors get.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
  const fast = readPlainly(text);
  if (fast === undefined) return parseWithPositions(file, text, lineOffset);
  let exact: YamlSource | undefined;
  const withPositions = () => (exact ??= parseWithPositions(file, text, lineOffset));
  return {
    file,
    data: fast.data,
    syntaxErrors: [],
    decimalNumbers: fast.mayHoldDecimals ? withPositions().decimalNumbers : [],
    positionOf: (path, part) => withPositions().positionOf(path, part),
  };
}

/** A plain number with a decimal point or an exponent, as YAML 1.2's core schema reads one (or .inf, .nan). */
const decimalNumber =
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;

/** The data of YAML text without aliases, repeated keys or errors, and whether a number in it has a decimal point; undefined otherwise. */
function readPlainly(text: string): { data: unknown; mayHoldDecimals: boolean } | undefined {
  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(text, {});
    // Aliases are left to `yaml`, which bounds how far they expand.
    if (events.some((event) => event.type === EVENT_ID.ALIAS)) return undefined;
    documents = constructFromEvents(events, { source: text });
  } catch {
    return undefined;
  }
  if (documents.length > 1) return undefined;
  const mayHoldDecimals = events.some(
    (event) =>
      event.type === EVENT_ID.SCALAR &&
      event.style === SCALAR_STYLE.PLAIN &&
      decimalNumber.test(text.slice(event.valueStart, event.valueEnd)),
  );
  return { data: documents[0] ?? null, mayHoldDecimals };
}

/** Parses with `yaml`, keeping every node's range. */
function parseWithPositions(file: string, text: string, lineOffset: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const syntaxErrors: Diagnostic[] = doc.errors.map((error) => ({
    ruleId: 'yaml',
    severity: 'error',
    file,
    ...at(error.pos[0]),
    field: '',
    message: `This is not valid YAML: ${error.message.split('\n')[0]}`,
  }));
  const decimalNumbers: YamlSource['decimalNumbers'] = [];
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== 'number' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]);
      if (!/[.eE]/.test(source)) return;
      // Rebuild the data path from the ancestors: pair keys and sequence indexes.
      const chain = [...ancestors, node];
      const path: PropertyKey[] = [];
      chain.forEach((item, index) => {
        const next = chain[index + 1];
        if (next === undefined) return;
        if (isSeq(item)) path.push(item.items.indexOf(next as (typeof item.items)[number]));
        if (isPair(item) && item.value === next)
          path.push(isScalar(item.key) ? (item.key.value as PropertyKey) : String(item.key));
      });
      decimalNumbers.push({ path, source });
    },
  });
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias to no anchor, or an alias bomb: valid syntax that cannot be read.
      const message = error instanceof Error ? error.message : String(error);
      syntaxErrors.push({
        ruleId: 'yaml',
        severity: 'error',
        file,
        ...at(0),
        field: '',
        message: `This YAML cannot be read: ${message}`,
      });
    }
  }
  return {
    file,
    decimalNumbers,
    data,
    syntaxErrors,
    positionOf(path, part = 'value') {
      // Walk down as far as the path exists; a missing field is reported at
      // the map that should hold it.
      let node: unknown = doc.contents;
      let best = 0;
      for (const [depth, key] of path.entries()) {
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
          if (pair === undefined) break;
          const keyRange = (pair.key as Node | null)?.range;
          if (keyRange) best = keyRange[0];
          if (part === 'key' && depth === path.length - 1) break;
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key];
          const itemRange = (node as Node | null | undefined)?.range;
          if (itemRange === undefined || itemRange === null) break;
          best = itemRange[0];
          continue;
        } else {
          break;
        }
        const range = (node as Node | null | undefined)?.range;
        if (range && !isMap(node)) best = range[0];
      }
      if (best === 0) {
        const range = (doc.contents as Node | null)?.range;
        if (range) best = range[0];
      }
      return at(best);
    },
  };
}
