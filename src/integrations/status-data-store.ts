/**
 * The content store a full build would hold for new status content, made
 * without Astro's content sync: the kept bundle's store with its four status
 * collections (site, components, incidents, maintenance) loaded again from
 * the files, entry by entry as Astro's loaders store them (the same parsers
 * and schemas as src/content.config.ts, Astro's own front matter parser, its
 * digest, and the site's Markdown processor for an entry whose file changed).
 *
 * Why not `astro sync`: its start-up and a sync of 6,500 files took 17 to
 * 21 s at 10,000 entries; reading them here takes about 2 s (BENCHMARKS.md).
 * This reaches into Astro's internals (Astro 7.3): the bundle must come from
 * a build with the same installed Astro, which publish:status checks.
 */
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { storedComponents } from '../domain/status/stored-components.ts';
import type { ContentFile } from '../reader/content-files.ts';
import { readYamlData, readYamlRecord } from '../reader/yaml.ts';
import { ComponentsFileSchema, StoredComponentSchema } from '../schemas/component.ts';
import { incidentSchema } from '../schemas/incident.ts';
import { maintenanceSchema } from '../schemas/maintenance.ts';
import type { ReferenceTo } from '../schemas/reference.ts';
import { SiteSchema } from '../schemas/site.ts';

/** A stored entry, as Astro's loaders write it. */
export interface StoredEntry {
  id: string;
  data: unknown;
  body?: string;
  filePath: string;
  digest?: string;
  rendered?: { html: string; metadata: Record<string, unknown> };
  assetImports?: unknown;
}
/** Collections by name, entries by id: Astro's data store. */
export type DataStore = Map<string, Map<string, StoredEntry>>;

/** The collections a status publish loads again; every other one is kept from the build. */
export const statusCollections = ['site', 'components', 'incidents', 'maintenance'] as const;

/** Astro's own folder: its internals are not among the package's exports. */
const astroPackage = import.meta.resolve('astro/package.json');
const astroRequire = createRequire(astroPackage);
const astroModule = async <T>(path: string): Promise<T> =>
  (await import(new URL(`dist/${path}`, astroPackage).href)) as T;

interface Devalue {
  unflatten(value: unknown): unknown;
}
/** Astro's serialiser of the store (collections and ids sorted, devalue). */
export async function serializeDataStore(store: DataStore): Promise<string> {
  const writer = await astroModule<{ serializeDataStore(store: DataStore): string }>('content/data-store-writer.js');
  return writer.serializeDataStore(store);
}

/** A store from its serialised text (`serializeDataStore`'s). */
export async function parseDataStore(text: string): Promise<DataStore> {
  return unflattenDataStore(JSON.parse(text));
}

/** A store from the value Astro's data chunk exports (devalue's flattened form). */
export async function unflattenDataStore(flat: unknown): Promise<DataStore> {
  const devalue = (await import(pathToFileURL(astroRequire.resolve('devalue')).href)) as Devalue;
  return devalue.unflatten(flat) as DataStore;
}

/**
 * Astro's reference() gives `{ collection, id }`, turned into the id as content.config.ts does;
 * the check has already refused unknown ids.
 */
const referenceId: ReferenceTo = () => z.string();

/** The digest Astro's glob loader stores for a file (xxhash64 of its text as read, byte-order mark included). */
export async function contentDigest(): Promise<(file: ContentFile) => string> {
  const { h64ToString } = await (
    (await import(pathToFileURL(astroRequire.resolve('xxhash-wasm')).href)) as {
      default: () => Promise<{ h64ToString(text: string): string }>;
    }
  ).default();
  return (file) => h64ToString((file.bom ? '\uFEFF' : '') + (file.text ?? ''));
}

interface MarkdownRenderer {
  render(
    body: string,
    options: { frontmatter: Record<string, unknown>; fileURL: URL },
  ): Promise<{
    code: string;
    metadata: Record<string, unknown> & { localImagePaths: string[]; remoteImagePaths: string[] };
  }>;
}

/**
 * The four status collections from the status files (site.yaml,
 * components.yaml, incidents, maintenance), stored as Astro's loaders store
 * them. An entry whose file has the digest of the previous store's entry is
 * kept as it was, as Astro's glob loader keeps it (and its Markdown is not
 * rendered again).
 */
export async function statusCollectionsFrom(
  projectRoot: string,
  files: readonly ContentFile[],
  previous: DataStore,
  markdownProcessor: () => Promise<MarkdownRenderer>,
): Promise<Map<(typeof statusCollections)[number], Map<string, StoredEntry>>> {
  const { safeParseFrontmatter } = await astroModule<{
    safeParseFrontmatter(source: string, id: string): { frontmatter: Record<string, unknown>; content: string };
  }>('content/utils.js');
  const digestOf = await contentDigest();
  let renderer: Promise<MarkdownRenderer> | undefined;
  const out = new Map(statusCollections.map((name) => [name, new Map<string, StoredEntry>()]));
  const schemas = { incident: incidentSchema(referenceId), maintenance: maintenanceSchema(referenceId) };
  for (const file of files) {
    const text = file.text ?? '';
    if (file.kind === 'site') {
      const data = SiteSchema.extend({ id: z.literal('site') }).parse({ id: 'site', ...readYamlRecord(text) });
      out.get('site')!.set('site', { id: 'site', data, filePath: file.file });
    } else if (file.kind === 'components') {
      for (const item of storedComponents(ComponentsFileSchema.parse(readYamlData(text)))) {
        const data = StoredComponentSchema.parse(item);
        out.get('components')!.set(data.id, { id: data.id, data, filePath: file.file });
      }
    } else if (file.kind === 'incident' || file.kind === 'maintenance') {
      const collection = file.kind === 'incident' ? 'incidents' : 'maintenance';
      const contents = (file.bom ? '\uFEFF' : '') + text;
      const absolute = join(projectRoot, file.file);
      const digest = digestOf(file);
      const id = file.stem;
      const old = previous.get(collection)?.get(id);
      if (old?.digest === digest && old.filePath === file.file) {
        out.get(collection)!.set(id, old);
        continue;
      }
      const { frontmatter, content } = safeParseFrontmatter(contents, absolute);
      const body = content.trim();
      const data = schemas[file.kind].parse(frontmatter);
      renderer ??= markdownProcessor();
      const result = await (await renderer).render(body, { frontmatter, fileURL: pathToFileURL(absolute) });
      const metadata = {
        ...result.metadata,
        imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths),
      };
      out.get(collection)!.set(id, {
        id,
        data,
        body,
        filePath: relative(projectRoot, absolute).split('\\').join('/'),
        digest,
        rendered: { html: result.code, metadata },
        assetImports: metadata.imagePaths,
      });
    }
  }
  return out;
}
