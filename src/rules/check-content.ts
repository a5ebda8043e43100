/**
 * Checks a whole content folder with every rule: reads it with the reader,
 * works out the facts, and runs the engine's phases, with the prose of a
 * large tree checked on several threads. What `npm run check`,
 * `npm run validate`, `npm run new:incident` and the build call.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildNow } from '../domain/dates.ts';
import { listFiles } from '../reader/content-files.ts';
import { readContent, type ContentTree } from '../reader/read-content.ts';
import { startProsePool, threadsFor, type ProsePool } from './check-in-parallel.ts';
import { checkTree, type ContentCheck } from './engine.ts';
import { factsOf } from './facts.ts';
import { allRules } from './index.ts';
import { checkProse } from './prose.ts';
import type { Rule } from './rule.ts';

export interface ContentCheckOptions {
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
  /** The moment the check treats as now; SOURCE_DATE_EPOCH or the clock by default. */
  now?: Date;
  /** How many threads check the prose; by default one per core for a large tree (see `threadsFor`). */
  threads?: number;
  /** The content at the base revision, for the rules that keep the record (`record/*`); none by default. */
  base?: ContentTree;
  /** The files whose prose is checked, by path from the project root; all by default (see `CheckOptions`). */
  proseOf?: (file: string) => boolean;
}

/** Reads and checks the content folder `contentDir` (relative to `projectRoot`). */
export async function checkContent(
  projectRoot: string,
  contentDir: string,
  options: ContentCheckOptions = {},
): Promise<ContentCheck & { tree: ContentTree }> {
  // The threads start first and load the rules while this one reads the tree.
  const root = resolve(projectRoot, contentDir);
  return withPool(
    options,
    () => (existsSync(root) ? listFiles(root).length : 0),
    async (pool) => {
      const tree = readContent(projectRoot, contentDir);
      return { ...(await check(tree, options, pool)), tree };
    },
  );
}

/** Checks a content tree the reader has read. */
export function checkContentTree(tree: ContentTree, options: ContentCheckOptions = {}): Promise<ContentCheck> {
  const { proseOf } = options;
  return withPool(
    options,
    () => (proseOf === undefined ? tree.files.length : tree.files.filter((file) => proseOf(file.file)).length),
    (pool) => check(tree, options, pool),
  );
}

/** Runs `work` with the threads a tree of `files()` files needs (none for a subset of rules), then stops them. */
async function withPool<T>(
  options: ContentCheckOptions,
  files: () => number,
  work: (pool: ProsePool | undefined) => Promise<T>,
): Promise<T> {
  // The threads load every rule themselves; a subset of rules is checked on this thread.
  const pool = options.rules === undefined ? startProsePool(options.threads ?? threadsFor(files())) : undefined;
  try {
    return await work(pool);
  } finally {
    await pool?.close();
  }
}

function check(tree: ContentTree, options: ContentCheckOptions, pool: ProsePool | undefined): Promise<ContentCheck> {
  const now = options.now ?? buildNow(process.env);
  const rules = options.rules ?? allRules;
  const facts = factsOf(tree, now);
  const knownRuleIds = allRules.map((rule) => rule.meta.id);
  const base = options.base ? { base: options.base } : {};
  const proseOf = options.proseOf ? { proseOf: options.proseOf } : {};
  return checkTree(tree, { rules, facts, knownRuleIds, ...base, ...proseOf }, (inputs) =>
    pool === undefined ? inputs.map((input) => checkProse(input, { rules, facts })) : pool.check(inputs, { facts }),
  );
}
