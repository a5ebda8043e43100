/**
 * Reads YAML for the check: its data, and every string of several words
 * with where it is written and the field it belongs to.
 *
 * js-yaml's event parser gives both from one pass: a flat list of events
 * whose scalars carry their source offsets, from which `constructFromEvents`
 * builds the data. `yaml` (used where a document is edited or a field's
 * line is looked up) composes a full document tree with ranges instead,
 * which measured 9 times slower on 10,000 front matters (BENCHMARKS.md,
 * "Scale"): a quarter of the whole check. It still reads the data of the
 * rare file with aliases, since it bounds what they expand to.
 */
import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, YAMLException, type Event } from 'js-yaml';
import { parse } from 'yaml';

/** A string of several words in YAML, with its source offsets (of the value, without quotes). */
export interface YamlProse {
  value: string;
  start: number;
  end: number;
  /** The keys that lead to it, such as `updates.message`; empty for an item of a list. */
  field: string;
}

export type YamlReading =
  { ok: true; data: unknown; prose: YamlProse[] } | { ok: false; offset: number; message: string };

/** More aliases than this in one file is an alias bomb, not content. */
const maxAliases = 100;

interface Frame {
  kind: 'document' | 'mapping' | 'sequence';
  /** For a mapping: the key of the value being read. */
  key: string;
  /** For a mapping: whether the next node is a key. */
  atKey: boolean;
}

/**
 * The data of YAML text, read as `readYamlProse` reads it; throws when the
 * text is not valid YAML.
 */
export function readYamlData(text: string): unknown {
  const reading = readYamlProse(text, { prose: false });
  if (!reading.ok) throw new SyntaxError(reading.message);
  return reading.data;
}

/**
 * Parses YAML text (a whole file or a front matter). Like `yaml` with
 * `uniqueKeys: false`, a repeated key keeps its last value; the content gate
 * reports the repetition. A list or mapping used as a key is refused: no
 * content field has one, and plain objects cannot hold it.
 */
export function readYamlProse(text: string, options: { prose?: boolean } = {}): YamlReading {
  let events: Event[];
  let data: unknown;
  try {
    events = parseEvents(text, {});
    const documents = constructFromEvents(events, { source: text, json: true, maxAliases });
    if (documents.length > 1)
      return { ok: false, offset: 0, message: 'This YAML holds more than one document (a second "---" line).' };
    data = documents[0] ?? null;
    // js-yaml shares an anchored node between its aliases, so a few aliases
    // can stand for billions of nodes to whoever walks the data. `yaml`
    // counts what aliases expand to and refuses a bomb.
    if (events.some((event) => event.type === EVENT_ID.ALIAS))
      data = parse(text, { uniqueKeys: false, prettyErrors: false, maxAliasCount: maxAliases });
  } catch (error) {
    if (error instanceof YAMLException) return { ok: false, offset: error.mark?.position ?? 0, message: error.reason };
    return { ok: false, offset: 0, message: error instanceof Error ? error.message : String(error) };
  }
  const prose: YamlProse[] = [];
  if (options.prose === false) return { ok: true, data, prose };
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
          if (value.includes(' '))
            prose.push({
              value,
              start: event.valueStart,
              end: event.valueEnd,
              field: parent?.kind === 'mapping' ? fieldHere() : '',
            });
        }
        if (parent?.kind === 'mapping') parent.atKey = true;
        break;
      }
      case EVENT_ID.POP: {
        // A collection was a value: its mapping reads a key next. (A
        // collection as a key, `? [a, b]`, never gets here: the data cannot
        // hold it, and constructing the data refused it above.)
        const closed = stack.pop();
        const outer = stack.at(-1);
        if (closed?.kind !== 'document' && outer?.kind === 'mapping') outer.atKey = true;
        break;
      }
    }
  }
  return { ok: true, data, prose };
}
