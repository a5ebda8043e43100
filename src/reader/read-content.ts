/**
 * The one reader of the content folder: every file listed, decoded and
 * classified, its YAML parsed once with positions, its data validated with
 * its schema, and the typed entries handed to the rules, the domain and the
 * command-line tools. It judges nothing itself: what is wrong is kept as
 * values (an unreadable file, a syntax error, a schema issue) for the rules
 * to report, so that one run reports every problem.
 */
import { z } from 'astro/zod';
import { AuthorListSchema, AuthorSchema, type Author } from '../schemas/author.ts';
import { ComponentsFileSchema, type ComponentsFile } from '../schemas/component.ts';
import { FeeCatalogueSchema, FeeSchema, type Fee } from '../schemas/fee.ts';
import { GlossaryEntrySchema, GlossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { incidentSchema, type Incident } from '../schemas/incident.ts';
import { maintenanceSchema, type Maintenance } from '../schemas/maintenance.ts';
import { paperSchema, type Paper } from '../schemas/paper.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { policyVersionSchema, type PolicyVersion } from '../schemas/policy.ts';
import type { ReferencedCollection, ReferenceTo } from '../schemas/reference.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { TagListSchema, TagSchema, type Tag } from '../schemas/tag.ts';
import { readContentFiles, type ContentFile } from './content-files.ts';
import { splitFrontMatter } from './front-matter.ts';
import { layout, layoutGlob, layoutRow, type ContentKind, type LayoutRow, type ProseKind } from './layout.ts';
import type { ProseInput, YamlPart } from './prose-document.ts';
import { readYaml, type YamlSource } from './yaml.ts';

/** The typed data of each kind of entry, once it matches its schema. */
export interface EntryData {
  site: Site;
  authors: Author[];
  glossary: GlossaryEntry[];
  tags: Tag[];
  fees: Fee[];
  plan: Plan;
  'policy-version': PolicyVersion;
  components: ComponentsFile;
  incident: Incident;
  maintenance: Maintenance;
  paper: Paper;
}
export type EntryKind = keyof EntryData;

/** A file whose YAML (the whole file, or its front matter) the reader could split off. */
export interface Entry<K extends EntryKind = EntryKind> {
  source: ContentFile & { text: string };
  kind: K;
  /** The id its page is built under: the file's stem; for a policy version, `<policy>/<effective-date>`. */
  id: string;
  /** Its YAML with positions; undefined for a Markdown file without front matter. */
  yaml: (YamlSource & YamlPart) | undefined;
  /** For Markdown and MDX: whether the front matter is there, missing, or opened and never closed. */
  frontMatter: 'present' | 'missing' | 'unclosed' | undefined;
  /** The Markdown or MDX body, after the front matter. */
  body: { start: number; text: string; mdx: boolean } | undefined;
  /** The data as written, when the YAML could be read. */
  raw: unknown;
  /** The typed data, when it matches its schema (and writes no money as a decimal). */
  data: EntryData[K] | undefined;
  /** What the schema found wrong, at data paths. */
  issues: z.core.$ZodIssue[];
  /** Money written as a decimal (`45.00`): YAML reads it as a number of cents the editor did not mean. */
  decimalMoney: Array<{ path: PropertyKey[]; source: string }>;
}

/** Every file of a content folder, read. */
export interface ContentTree {
  /** The folder that holds the content folder. */
  projectRoot: string;
  /** The content folder, relative to `projectRoot`. */
  contentDir: string;
  /** Every file, in a stable order. */
  files: ContentFile[];
  /** Every file the reader could read as an entry, in file order. */
  entries: Entry[];
  /** The layout rows of required files that are missing. */
  missing: LayoutRow[];
  /** The ids each catalogue declares, as written (also when some entry of it is invalid). */
  ids: Record<ReferencedCollection | 'glossary' | 'policies' | 'plans', ReadonlySet<string>>;
}

/** Tells whether an entry is of a kind, narrowing its type. */
export function isEntryOf<K extends EntryKind>(entry: Entry, kind: K): entry is Entry<K> {
  return entry.kind === kind;
}

/** The entries of one kind. */
export function entriesOf<K extends EntryKind>(tree: Pick<ContentTree, 'entries'>, kind: K): Array<Entry<K>> {
  return tree.entries.filter((entry): entry is Entry<K> => entry.kind === kind);
}

/** The typed data of the one entry of a single-file kind, when it is valid. */
export function singleData<K extends EntryKind>(tree: Pick<ContentTree, 'entries'>, kind: K): EntryData[K] | undefined {
  return entriesOf(tree, kind)[0]?.data;
}

type ListKind = 'fees' | 'authors' | 'glossary' | 'tags';
const itemSchemas = { fees: FeeSchema, authors: AuthorSchema, glossary: GlossaryEntrySchema, tags: TagSchema };

/**
 * The valid items of a list catalogue with their index in the file, also when
 * another item of it is invalid: one broken fee hides no other.
 */
export function validItemsOf<K extends ListKind>(
  entry: Entry<K> | undefined,
): Array<{ index: number; item: EntryData[K][number] }> {
  if (entry === undefined) return [];
  if (entry.data !== undefined) return entry.data.map((item, index) => ({ index, item }));
  const items: unknown[] = Array.isArray(entry.raw) ? entry.raw : [];
  // An item with money written as a decimal reads as the wrong number of cents: it is not valid.
  const decimal = new Set(entry.decimalMoney.map(({ path }) => path[0]));
  return items.flatMap((value, index) => {
    const result = decimal.has(index) ? undefined : itemSchemas[entry.kind].safeParse(value);
    return result?.success ? [{ index, item: result.data as EntryData[K][number] }] : [];
  });
}

/** The valid items of a list catalogue (see `validItemsOf`). */
export function validItems<K extends ListKind>(tree: Pick<ContentTree, 'entries'>, kind: K): EntryData[K] {
  return validItemsOf(entriesOf(tree, kind)[0]).map(({ item }) => item) as EntryData[K];
}

/** The kinds other content refers to by id, with where they are declared. */
const catalogues: Record<ReferencedCollection, { kind: EntryKind & ContentKind; singular: string }> = {
  fees: { kind: 'fees', singular: 'fee' },
  authors: { kind: 'authors', singular: 'author' },
  components: { kind: 'components', singular: 'component' },
  tags: { kind: 'tags', singular: 'tag' },
};

/** The rule a schema issue about an unknown id belongs to, carried in the issue's params. */
export const unknownIdRule = 'reference/unknown-id';

/** Reads the content folder `contentDir` (relative to `projectRoot`). */
export function readContent(projectRoot: string, contentDir: string): ContentTree {
  return readContentTree(projectRoot, contentDir, readContentFiles(projectRoot, contentDir));
}

/** Reads files already listed and decoded as the content folder `contentDir` (from git, say). */
export function readContentTree(projectRoot: string, contentDir: string, files: ContentFile[]): ContentTree {
  const entries = files.flatMap((file) => {
    const entry = splitEntry(file);
    return entry === undefined ? [] : [entry];
  });
  const ids = declaredIds(entries);
  const known = (collection: ReferencedCollection) => ids[collection];
  // A catalogue that cannot be read declares nothing that can be checked against.
  const readable = new Set(
    (Object.keys(catalogues) as ReferencedCollection[]).filter((collection) =>
      entries.some((entry) => entry.kind === catalogues[collection].kind && entry.raw !== undefined),
    ),
  );
  const referenceTo: ReferenceTo = (collection) =>
    z.string().superRefine((id, context) => {
      if (known(collection).has(id) || !readable.has(collection)) return;
      const { singular, kind } = catalogues[collection];
      const file = layoutGlob(layoutRow(kind));
      // The rule words the suggestion from the known ids; the reader only says what is missing.
      context.addIssue({
        code: 'custom',
        message: `There is no ${singular} with id "${id}" in ${contentDir}/${file}.`,
        params: { rule: unknownIdRule, collection, id, known: [...known(collection)] },
      });
    });
  const schemas = schemasFor(referenceTo);
  for (const entry of entries) validate(entry, schemas[entry.kind]);
  const present = new Set(files.map((file) => file.kind));
  return {
    projectRoot,
    contentDir,
    files,
    entries,
    missing: layout.filter((row) => row.required && !present.has(row.kind)),
    ids,
  };
}

/** Each kind's schema, with references checked by `referenceTo`. */
function schemasFor(referenceTo: ReferenceTo): Record<EntryKind, z.ZodType> {
  return {
    site: SiteSchema,
    authors: AuthorListSchema,
    glossary: GlossarySchema,
    tags: TagListSchema,
    fees: FeeCatalogueSchema,
    plan: planSchema(referenceTo),
    'policy-version': policyVersionSchema(referenceTo),
    components: ComponentsFileSchema,
    incident: incidentSchema(referenceTo),
    maintenance: maintenanceSchema(referenceTo),
    paper: paperSchema(referenceTo),
  };
}

/** A file's YAML and body, as the reader splits them: by format, YAML whole or front matter and body. */
interface FileParts {
  yaml: Entry['yaml'];
  frontMatter: Entry['frontMatter'];
  body: Entry['body'];
}

function splitParts(name: string, text: string, format: 'yaml' | 'front-matter'): FileParts {
  if (format === 'yaml') {
    return { yaml: { ...readYaml(text, 0), start: 0, end: text.length }, frontMatter: undefined, body: undefined };
  }
  const split = splitFrontMatter(text);
  const body = { ...split.body, mdx: name.endsWith('.mdx') };
  // A front matter that never closes leaves no body: its fields are not prose.
  if (split.unclosed) return { yaml: undefined, frontMatter: 'unclosed', body: undefined };
  if (split.yaml === undefined) return { yaml: undefined, frontMatter: 'missing', body };
  const start = split.yaml.start;
  const yaml = { ...readYaml(split.yaml.text, split.yamlLineOffset), start, end: start + split.yaml.text.length };
  return { yaml, frontMatter: 'present', body };
}

/**
 * Each file's parts as read: a command that wrote one file reads the tree
 * again with the other files' same objects (`withFileReadAgain`), and their
 * YAML is not parsed twice. Nothing changes a file's parts once read.
 */
const partsRead = new WeakMap<ContentFile, FileParts>();

/** Splits a file into its YAML and body and reads the YAML; undefined for a file that is not an entry. */
function splitEntry(file: ContentFile): Entry | undefined {
  const row = file.layout;
  const text = file.text;
  if (row === undefined || (row.format !== 'yaml' && row.format !== 'front-matter')) return undefined;
  if (text === undefined || text.trim() === '') return undefined;
  // The build skips these names; file/skipped-name refuses them.
  if (file.skipped) return undefined;
  const kind = row.kind as EntryKind;
  const id = kind === 'policy-version' ? `${file.folder}/${file.stem}` : file.stem;
  let parts = partsRead.get(file);
  if (parts === undefined) partsRead.set(file, (parts = splitParts(file.name, text, row.format)));
  const { yaml, frontMatter, body } = parts;
  return entry(file as ContentFile & { text: string }, kind, id, yaml, frontMatter, body);
}

function entry(
  source: ContentFile & { text: string },
  kind: EntryKind,
  id: string,
  yaml: Entry['yaml'],
  frontMatter: Entry['frontMatter'],
  body: Entry['body'],
): Entry {
  return {
    source,
    kind,
    id,
    yaml,
    frontMatter,
    body,
    raw: yaml?.errors.length === 0 ? yaml.data : undefined,
    data: undefined,
    issues: [],
    decimalMoney: [],
  };
}

/** Validates an entry's data with its schema, keeping every issue. */
function validate(entry: Entry, schema: z.ZodType): void {
  if (entry.yaml === undefined || entry.yaml.errors.length > 0) return;
  // Money fields: YAML reads 45.00 as 45, so a decimal is caught in the source.
  entry.decimalMoney = entry.yaml.decimalNumbers().filter(({ path }) => path.at(-1) === 'amount');
  // The rest is judged as if the editor had written cents, so that one
  // decimal is one problem (schema/decimal-money), not also "not a whole
  // number" or "lower than the regular price".
  const meant = entry.decimalMoney.length === 0 ? entry.raw : inCents(entry.raw, entry.decimalMoney);
  const result = schema.safeParse(meant, { reportInput: true });
  // Data with a decimal amount is not what the editor wrote: it stays invalid until fixed.
  const keep = (data: unknown) => {
    if (entry.decimalMoney.length === 0) entry.data = data as EntryData[typeof entry.kind];
  };
  if (result.success) return keep(result.data);
  entry.issues = result.error.issues;
  // A misspelt field is a problem of its own (schema/unknown-field): without
  // it, the rest of the entry can still be judged by the other rules.
  if (entry.issues.every((issue) => issue.code === 'unrecognized_keys')) {
    const without = schema.safeParse(withoutKeys(meant, entry.issues));
    if (without.success) keep(without.data);
  }
}

/** A copy of data without the keys that unrecognized-key issues name. */
function withoutKeys(raw: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(raw);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const holder = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], copy);
    if (holder !== null && typeof holder === 'object') {
      for (const key of issue.keys) delete (holder as Record<string, unknown>)[key];
    }
  }
  return copy;
}

/** A copy of data with the amounts at `decimals` turned into the cents they stand for. */
function inCents(raw: unknown, decimals: ReadonlyArray<{ path: PropertyKey[]; source: string }>): unknown {
  const copy = structuredClone(raw);
  for (const { path, source } of decimals) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], copy);
    const key = path.at(-1);
    if (parent !== null && typeof parent === 'object' && key !== undefined) {
      (parent as Record<PropertyKey, unknown>)[key] = Math.round(Number(source) * 100);
    }
  }
  return copy;
}

/** An id as written in a catalogue, with the field it is at. */
export interface WrittenId {
  id: string;
  field: PropertyKey[];
}

/** The string ids of a list as written, with where each is. */
function idsIn(items: unknown, field: (index: number) => PropertyKey[]): WrittenId[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: { id?: unknown } | null, index) =>
    typeof item?.id === 'string' ? [{ id: item.id, field: field(index) }] : [],
  );
}

/**
 * The ids a catalogue entry declares, read from the data as written so that
 * one invalid item hides no other's id: a list's items (fees, authors, tags,
 * glossary terms), or the components file's components and groups.
 */
export function writtenIds(entry: Entry): { items: WrittenId[]; groups: WrittenId[] } {
  if (entry.kind !== 'components') {
    const lists: readonly EntryKind[] = ['fees', 'authors', 'tags', 'glossary'];
    return { items: lists.includes(entry.kind) ? idsIn(entry.raw, (i) => [i, 'id']) : [], groups: [] };
  }
  const groups = (entry.raw as { groups?: unknown } | null | undefined)?.groups;
  const list: unknown[] = Array.isArray(groups) ? groups : [];
  return {
    items: list.flatMap((group, g) =>
      idsIn((group as { components?: unknown } | null)?.components, (c) => ['groups', g, 'components', c, 'id']),
    ),
    groups: idsIn(list, (g) => ['groups', g, 'id']),
  };
}

/** The ids each catalogue declares (see `writtenIds`), and the plans and policies there are. */
function declaredIds(entries: readonly Entry[]): ContentTree['ids'] {
  const idsOf = (kind: EntryKind) => {
    const entry = entries.find((candidate) => candidate.kind === kind);
    return new Set(entry === undefined ? [] : writtenIds(entry).items.map(({ id }) => id));
  };
  return {
    fees: idsOf('fees'),
    authors: idsOf('authors'),
    components: idsOf('components'),
    tags: idsOf('tags'),
    glossary: idsOf('glossary'),
    policies: new Set(entries.filter((entry) => entry.kind === 'policy-version').map((entry) => entry.source.folder)),
    plans: new Set(entries.filter((entry) => entry.kind === 'plan').map((entry) => entry.id)),
  };
}

/**
 * What the prose of a file outside the content folder is read from, such as
 * a pasted contract checked with `--kind`: by its name, `.yaml` is all YAML,
 * `.md` and `.mdx` may open with front matter.
 */
export function proseInputOfText(path: string, text: string, kind: ProseKind): ProseInput {
  const { yaml, body } = splitParts(path, text, /\.ya?ml$/i.test(path) ? 'yaml' : 'front-matter');
  return {
    path,
    text,
    kind,
    yaml: yaml && { start: yaml.start, end: yaml.end, prose: yaml.prose, errors: yaml.errors },
    body: body && { start: body.start, mdx: body.mdx },
  };
}

/** What the prose of an entry is read from, for the prose rules. */
export function proseInputOf(entry: Entry): ProseInput | undefined {
  const kind = entry.source.layout?.prose;
  if (kind === undefined) return undefined;
  return {
    path: entry.source.file,
    text: entry.source.text,
    kind,
    yaml: entry.yaml && {
      start: entry.yaml.start,
      end: entry.yaml.end,
      prose: entry.yaml.prose,
      errors: entry.yaml.errors,
    },
    body: entry.body && { start: entry.body.start, mdx: entry.body.mdx },
  };
}
