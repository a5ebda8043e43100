/**
 * The content store of a kept prerender bundle, as `npm run publish:status`
 * hands it to the bundle: in memory, not through a file.
 *
 * Astro's build inlines the store in one chunk of the bundle, as a JSON
 * string of about 20 MB at 10,000 entries. When the bundle is kept, that
 * string moves to `build-store.json` and the chunk exports whatever store the
 * publish put on `globalThis` instead: the publish parses the build's store
 * once, swaps in the status collections, and the bundle reads that very Map.
 * What a publish changed is kept beside it (`status-entries.json`, only the
 * incident and maintenance entries that differ from the build's), so that
 * the next publish neither renders their Markdown again nor writes the whole
 * store.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataStore, serializeDataStore, type DataStore, type StoredEntry } from './status-data-store.ts';

/** The build's store, as Astro serialised it (devalue's flattened form). */
export const buildStoreFile = 'build-store.json';

/** The entries a publish changed since the build, in the same form. */
export const statusEntriesFile = 'status-entries.json';

/** Where the kept bundle's data chunk finds the store a publish hands it. */
const storeKey = 'plainsight.dataStore';

/** The collections whose entries a publish keeps in `status-entries.json`. */
const renderedCollections = ['incidents', 'maintenance'] as const;

/** The bundle's data chunk, by the name Astro gives it; undefined when there is none. */
function dataChunkOf(bundleDir: string): string | undefined {
  const chunks = join(bundleDir, 'chunks');
  const name = existsSync(chunks)
    ? readdirSync(chunks).find((file) => file.startsWith('_astro_data-layer-content_'))
    : undefined;
  return name === undefined ? undefined : join(chunks, name);
}

/**
 * Moves the store out of a just-kept bundle's data chunk into
 * `build-store.json`, and makes the chunk export the store a publish hands
 * it. Returns false when the chunk is not as Astro 7.3 writes it.
 */
export function keepDataStore(bundleDir: string): boolean {
  const chunk = dataChunkOf(bundleDir);
  if (chunk === undefined) return false;
  const text = readFileSync(chunk, 'utf8');
  // Astro writes `var name = JSON.parse("<the store as a JSON string>");` and an export.
  const start = text.indexOf('JSON.parse("');
  const end = text.lastIndexOf('");');
  if (start < 0 || end < start) return false;
  writeFileSync(
    join(bundleDir, buildStoreFile),
    JSON.parse(text.slice(start + 'JSON.parse('.length, end + 1)) as string,
  );
  writeFileSync(chunk, `export default globalThis[Symbol.for(${JSON.stringify(storeKey)})];\n`);
  return true;
}

/** Whether a kept bundle's store was moved out by `keepDataStore`. */
export function hasKeptDataStore(bundleDir: string): boolean {
  return existsSync(join(bundleDir, buildStoreFile)) && dataChunkOf(bundleDir) !== undefined;
}

/** The build's store, and the store the last publish handed the bundle (the build's with its changed entries). */
export async function readKeptStores(bundleDir: string): Promise<{ build: DataStore; previous: DataStore }> {
  const build = await parseDataStore(readFileSync(join(bundleDir, buildStoreFile), 'utf8'));
  const previous: DataStore = new Map(build);
  const changedPath = join(bundleDir, statusEntriesFile);
  if (existsSync(changedPath)) {
    const changed = await parseDataStore(readFileSync(changedPath, 'utf8'));
    for (const [collection, entries] of changed)
      previous.set(collection, new Map([...(build.get(collection) ?? []), ...entries]));
  }
  return { build, previous };
}

/** Keeps the incident and maintenance entries of `store` that are not the build's own, for the next publish. */
export async function writeStatusEntries(bundleDir: string, store: DataStore, build: DataStore): Promise<void> {
  const changed: DataStore = new Map();
  for (const collection of renderedCollections) {
    const entries = new Map<string, StoredEntry>();
    const before = build.get(collection);
    for (const [id, entry] of store.get(collection) ?? []) if (before?.get(id) !== entry) entries.set(id, entry);
    changed.set(collection, entries);
  }
  writeFileSync(join(bundleDir, statusEntriesFile), await serializeDataStore(changed));
}

/** Hands the bundle its store: its data chunk exports this Map when it is first imported. */
export function handStore(store: DataStore): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(storeKey)] = store;
}
