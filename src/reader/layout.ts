/**
 * Where every kind of content lives, in one table: the reader classifies a
 * path with it, `src/content.config.ts` makes Astro's collection loaders from
 * it, and messages about a misplaced file quote it. A file that matches no
 * row belongs to no collection and is refused, never skipped.
 */
import picomatch from 'picomatch';

/** The kind of a content file, decided by where it lives. */
export type ContentKind =
  | 'site'
  | 'authors'
  | 'glossary'
  | 'tags'
  | 'fees'
  | 'plan'
  | 'policy-version'
  | 'components'
  | 'incident'
  | 'maintenance'
  | 'paper'
  | 'paper-image'
  | 'brand-image'
  | 'brand-font'
  | 'brand-licence';

/** What a file's prose is, which decides the prose rules that apply to it. */
export type ProseKind = 'policy' | 'pricing' | 'paper' | 'status' | 'site';
export const proseKinds: readonly ProseKind[] = ['policy', 'pricing', 'paper', 'status', 'site'];

/**
 * How a file is written: YAML, Markdown or MDX with front matter, an image
 * (an SVG is read, to look inside it), a font (published as it is, never
 * read), or plain text published as it is (a font's licence).
 */
export type ContentFormat = 'yaml' | 'front-matter' | 'image' | 'font' | 'text';

export interface LayoutRow {
  kind: ContentKind;
  /** The folder, relative to the content folder; '' for the folder itself. */
  base: string;
  /** The file name, or a glob below `base` as Astro's glob loader takes it. */
  pattern: string;
  /** True for a single file (Astro's `file()` loader); false for one entry per file (`glob()`). */
  single: boolean;
  format: ContentFormat;
  /** The prose rules that read the file; undefined for a file with no prose. */
  prose: ProseKind | undefined;
  /** The site needs this file. */
  required: boolean;
  /** Where the fields of this kind are explained, for messages. */
  docs: string;
  /** How an editor would write the path, for the message about a misplaced file. */
  example: string;
}

const row = (
  kind: ContentKind,
  path: string,
  format: ContentFormat,
  prose: ProseKind | undefined,
  docs: string,
  example = path,
): LayoutRow => {
  // The base is the folder before the first segment with a wildcard, as Astro's glob loader takes it.
  const segments = path.split('/');
  const wild = segments.findIndex((segment) => /[*{]/.test(segment));
  const cut = wild === -1 ? segments.length - 1 : wild;
  const single = wild === -1;
  return {
    kind,
    base: segments.slice(0, cut).join('/'),
    pattern: segments.slice(cut).join('/'),
    single,
    format,
    prose,
    required: single,
    docs,
    example,
  };
};

export const layout: readonly LayoutRow[] = [
  row('site', 'site.yaml', 'yaml', 'site', 'src/schemas/site.ts'),
  row('authors', 'authors.yaml', 'yaml', 'site', 'src/schemas/author.ts'),
  row('glossary', 'glossary.yaml', 'yaml', 'site', 'src/schemas/glossary.ts'),
  row('tags', 'tags.yaml', 'yaml', 'site', 'src/schemas/tag.ts'),
  row('fees', 'pricing/fees.yaml', 'yaml', 'pricing', 'src/schemas/fee.ts'),
  row('plan', 'pricing/plans/*.yaml', 'yaml', 'pricing', 'src/schemas/plan.ts', 'pricing/plans/<plan>.yaml'),
  row(
    'policy-version',
    'policies/*/*.{md,mdx}',
    'front-matter',
    'policy',
    'src/schemas/policy.ts',
    'policies/<policy>/<effective-date>.mdx',
  ),
  row('components', 'status/components.yaml', 'yaml', 'status', 'src/schemas/component.ts'),
  row(
    'incident',
    'status/incidents/*.{md,mdx}',
    'front-matter',
    'status',
    'src/schemas/incident.ts',
    'status/incidents/<id>.md',
  ),
  row(
    'maintenance',
    'status/maintenance/*.{md,mdx}',
    'front-matter',
    'status',
    'src/schemas/maintenance.ts',
    'status/maintenance/<id>.md',
  ),
  row('paper', 'papers/*.{md,mdx}', 'front-matter', 'paper', 'src/schemas/paper.ts', 'papers/<slug>.mdx'),
  row(
    'paper-image',
    'papers/images/*.{svg,png,jpg,jpeg,webp,avif}',
    'image',
    undefined,
    'README.md#writing-a-paper',
    'papers/images/<name>.svg|png|jpg|webp|avif',
  ),
  // The brand's files, named by site.yaml's `brand` (reference/brand-file checks both ways).
  row('brand-image', 'brand/*.svg', 'image', undefined, 'README.md#the-brand', 'brand/<name>.svg'),
  row('brand-font', 'brand/fonts/*.woff2', 'font', undefined, 'README.md#the-brand', 'brand/fonts/<name>.woff2'),
  row('brand-licence', 'brand/fonts/*.txt', 'text', undefined, 'README.md#the-brand', 'brand/fonts/<licence>.txt'),
];

/** Where the layout itself (folders, names, encoding) is explained. */
export const layoutDocs = 'README.md#for-content-editors';

/** Says in one sentence where each kind of file goes. */
export const layoutHelp = `Content files go in: ${layout.map((entry) => entry.example).join(', ')}.`;

/** The glob of a row, relative to the content folder. */
export function layoutGlob(entry: LayoutRow): string {
  return entry.base === '' ? entry.pattern : `${entry.base}/${entry.pattern}`;
}

/** Each row's glob, compiled once, with picomatch, as Astro's glob loader matches. */
const matchers = layout.map((entry) => ({ entry, matches: picomatch(layoutGlob(entry)) }));

/** True for a name the build skips: Astro's glob loader leaves out dot-files. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.');
}

/**
 * The layout row of a path relative to the content folder, or undefined when
 * it belongs to no collection. A dot-file is classified as if its name had no
 * dot, so that it is refused by name rather than ignored.
 */
export function layoutOf(path: string): LayoutRow | undefined {
  const slash = path.lastIndexOf('/');
  const plain = path.slice(0, slash + 1) + path.slice(slash + 1).replace(/^\.+/, '');
  return matchers.find(({ matches }) => matches(plain))?.entry;
}

/** The row of a kind. */
export function layoutRow(kind: ContentKind): LayoutRow {
  const found = layout.find((entry) => entry.kind === kind);
  if (found === undefined) throw new Error(`No layout row for "${kind}".`);
  return found;
}
