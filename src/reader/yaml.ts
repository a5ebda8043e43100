/**
 * YAML as the reader reads it, files and front matter alike: its data, every
 * string of several words with where it is written (the prose rules read
 * them), the numbers written with a decimal point, and the line and column of
 * any field, for messages.
 *
 * One pass of js-yaml's event parser gives the data and the prose: a flat
 * list of events whose scalars carry their source offsets, from which
 * `constructFromEvents` builds the data. `yaml` (eemeli/yaml) composes a full
 * document with ranges instead, several times slower (BENCHMARKS.md, "Scale"), so
 * it runs only when a position is asked for (nearly every file has no
 * problem to point at) and for the text that the fast reading does not take
 * as plainly valid: a syntax error, a repeated key, an alias or a second
 * document. Its messages are the ones editors get, and it bounds what
 * aliases expand to (js-yaml shares an anchored node between its aliases, so
 * a few aliases can stand for billions of nodes).
 *
 * Dates stay strings (YAML 1.2's core schema, in both parsers), so a date
 * such as 2026-02-30 is checked, not silently rolled over.
 */
import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

/** A string of several words in YAML, with its offsets in the YAML text (of the value, without quotes). */
export interface YamlProse {
  value: string;
  start: number;
  end: number;
  /** The keys that lead to it, such as `updates.message`; empty for an item of a list. */
  field: string;
}

/** A syntax error, at an offset of the YAML text. */
export interface YamlError {
  offset: number;
  message: string;
  /** `syntax`: not YAML; `data`: valid YAML whose data cannot be built, such as an alias to no anchor. */
  kind: 'syntax' | 'data';
}

/** A position in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The data, or undefined when the YAML cannot be read. */
  data: unknown;
  /** Why it cannot be read: every syntax error, or one error for data that valid syntax cannot give. */
  errors: YamlError[];
  /** Every string value of several words, in source order. */
  prose: YamlProse[];
  /**
   * Numbers written with a decimal point or an exponent, with where they are.
   * YAML reads `45.00` as the integer 45, so only the source shows that an
   * editor wrote dollars where cents were meant.
   */
  decimalNumbers(): Array<{ path: PropertyKey[]; source: string }>;
  /**
   * The line and column in the file where the value at `path` is written,
   * or with `'key'`, where its key is; for a field that is missing, where
   * the map that should hold it is.
   */
  positionOf(path: ReadonlyArray<PropertyKey>, part?: 'value' | 'key'): Position;
  /** The line and column in the file of an offset of the YAML text. */
  positionAt(offset: number): Position;
}

/** More aliases than this in one file is an alias bomb, not content. */
const maxAliases = 100;

/** A plain number with a decimal point or an exponent, as YAML 1.2's core schema reads one. */
const decimalNumber = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+)$/;

/**
 * Reads YAML text that starts `lineOffset` lines into its file (front matter
 * starts on line 2). Never throws.
 */
export function readYaml(text: string, lineOffset = 0): YamlSource {
  let events: Event[] | undefined;
  try {
    events = parseEvents(text, {});
  } catch {
    events = undefined;
  }
  let exact: ExactYaml | undefined;
  const withPositions = () => (exact ??= parseExactly(text, lineOffset));
  const walked = events === undefined ? undefined : proseOf(text, events);
  const prose = walked?.prose ?? [];
  if (walked?.complexKey !== undefined) {
    // No content field has a list or a map as its key, and plain objects cannot hold one.
    const error = {
      offset: walked.complexKey,
      message: 'A list or a map cannot be a key here.',
      kind: 'syntax' as const,
    };
    const positions = () => withPositions().reading;
    return {
      data: undefined,
      errors: [error],
      prose: [],
      decimalNumbers: () => [],
      positionOf: (path, part) => positions().positionOf(path, part),
      positionAt: (offset) => positions().positionAt(offset),
    };
  }
  const fast = events === undefined ? undefined : plainData(text, events);
  if (fast === undefined) {
    const slow = withPositions();
    // The events may have parsed where `yaml` refuses (a repeated key): their prose is still the file's.
    return { ...slow.reading, prose };
  }
  const mayHoldDecimals = (events ?? []).some(
    (event) =>
      event.type === EVENT_ID.SCALAR &&
      event.style === SCALAR_STYLE.PLAIN &&
      decimalNumber.test(text.slice(event.valueStart, event.valueEnd)),
  );
  return {
    data: fast.data,
    errors: [],
    prose,
    decimalNumbers: () => (mayHoldDecimals ? withPositions().reading.decimalNumbers() : []),
    positionOf: (path, part) => withPositions().reading.positionOf(path, part),
    positionAt: (offset) => withPositions().reading.positionAt(offset),
  };
}

/** The data of YAML text; throws when it cannot be read. For small files read whole, such as site.yaml. */
export function readYamlData(text: string): unknown {
  const reading = readYaml(text);
  const error = reading.errors[0];
  if (error !== undefined) throw new SyntaxError(error.message);
  return reading.data;
}

/** A YAML file that holds a list of records (fees, authors, tags…), as Astro's file loader takes it. */
export function readYamlList(text: string): Array<Record<string, unknown>> {
  const data = readYamlData(text);
  if (!Array.isArray(data) || !data.every(isRecord)) throw new TypeError('Expected a list of records.');
  return data;
}

/** A YAML file that holds one record (site.yaml). */
export function readYamlRecord(text: string): Record<string, unknown> {
  const data = readYamlData(text);
  if (!isRecord(data)) throw new TypeError('Expected a record of fields.');
  return data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The data of YAML without aliases, repeated keys or a second document, read from its events; else undefined. */
function plainData(text: string, events: Event[]): { data: unknown } | undefined {
  // Aliases are left to `yaml`, which bounds how far they expand.
  if (events.some((event) => event.type === EVENT_ID.ALIAS)) return undefined;
  try {
    const documents = constructFromEvents(events, { source: text });
    if (documents.length > 1) return undefined;
    return { data: documents[0] ?? null };
  } catch {
    // A repeated key or a key that is a collection: `yaml` says which.
    return undefined;
  }
}

interface Frame {
  kind: 'document' | 'mapping' | 'sequence';
  /** For a mapping: the key of the value being read. */
  key: string;
  /** For a mapping: whether the next node is a key. */
  atKey: boolean;
}

/**
 * Every string value of several words, with the keys that lead to it, and
 * the offset of a key that is a list or a map, if any: one walk over the events.
 */
function proseOf(text: string, events: Event[]): { prose: YamlProse[]; complexKey: number | undefined } {
  const prose: YamlProse[] = [];
  let complexKey: number | undefined;
  const stack: Frame[] = [];
  const fieldHere = () =>
    stack
      .filter((frame) => frame.kind === 'mapping')
      .map((frame) => frame.key)
      .join('.');
  for (const event of events) {
    const parent = stack.at(-1);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ kind: 'document', key: '', atKey: false });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (parent?.kind === 'mapping' && parent.atKey) complexKey ??= Math.max(0, event.start);
        stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', key: '', atKey: true });
        break;
      case EVENT_ID.SCALAR:
      case EVENT_ID.ALIAS: {
        if (parent?.kind === 'mapping' && parent.atKey) {
          parent.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '';
          parent.atKey = false;
          break;
        }
        if (event.type === EVENT_ID.SCALAR && event.valueStart >= 0) {
          const value = getScalarValue(text, event);
          // Prose is a string of several words; ids, dates and addresses are not.
          if (value.includes(' ')) {
            // An item of a list names the list's field (keyPoints, includes): it is YAML all the same.
            const field = fieldHere();
            prose.push({ value, start: event.valueStart, end: event.valueEnd, field });
          }
        }
        if (parent?.kind === 'mapping') parent.atKey = true;
        break;
      }
      case EVENT_ID.POP: {
        // A collection was a value: its mapping reads a key next.
        const closed = stack.pop();
        const outer = stack.at(-1);
        if (closed?.kind !== 'document' && outer?.kind === 'mapping') outer.atKey = true;
        break;
      }
    }
  }
  return { prose, complexKey };
}

interface ExactYaml {
  reading: Omit<YamlSource, 'prose'>;
}

/** Parses with `yaml`, keeping every node's range. */
function parseExactly(text: string, lineOffset: number): ExactYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  // The first error only: after it the parser recovers token by token, and
  // one unclosed bracket would give an error for every line below it.
  const errors: YamlError[] = doc.errors.slice(0, 1).map((error) => ({
    offset: error.pos[0],
    message: error.message.split('\n')[0] ?? error.message,
    kind: 'syntax' as const,
  }));
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: maxAliases });
    } catch (error) {
      // An alias to no anchor, or an alias bomb: valid syntax that cannot be read.
      errors.push({ offset: 0, message: error instanceof Error ? error.message : String(error), kind: 'data' });
    }
  }
  return {
    reading: {
      data: errors.length > 0 ? undefined : data,
      errors,
      decimalNumbers: () => decimalNumbersIn(doc, text),
      positionAt,
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
        return positionAt(best);
      },
    },
  };
}

/** The numbers of a document written with a decimal point or an exponent, with their data paths. */
function decimalNumbersIn(doc: Document, text: string): Array<{ path: PropertyKey[]; source: string }> {
  const found: Array<{ path: PropertyKey[]; source: string }> = [];
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value !== 'number' || !Number.isFinite(node.value) || !node.range) return;
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
      found.push({ path, source });
    },
  });
  return found;
}
