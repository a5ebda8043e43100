/**
 * Checks every file of a content tree, or one shard of it: what the CLI, the
 * Astro integration and `npm run validate` run, on one thread or on several
 * (`check-in-parallel.ts`), and what the tests call directly.
 */
import { relative, resolve, sep } from 'node:path';
import { classifyContentPath, listFiles, readContentFile } from '../validate/content-files.ts';
import { kindOfPath, parseCheckDocument } from './document.ts';
import { checkDocument, type FileReport } from './engine.ts';
import { loadCheckFacts, type CheckFacts } from './facts.ts';
import type { Rule } from './rule.ts';
import { allRules } from './rules/index.ts';

export interface ContentCheck {
  files: FileReport[];
  errors: number;
  warnings: number;
}

/** One of `count` equal parts of a tree's files, for checking on several threads. */
export interface Shard {
  index: number;
  count: number;
}

export interface ContentCheckOptions {
  rules?: readonly Rule[];
  docsBase?: string;
  now?: Date;
  /** Check only this part of the files (every `count`-th, from `index`). */
  shard?: Shard;
  /** The facts of the tree, when they are already loaded (by the thread that started this one). */
  facts?: CheckFacts;
}

/** Counts errors and warnings over file reports. */
export function summarize(files: readonly FileReport[]): ContentCheck {
  const all = files.flatMap((file) => file.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  return { files: [...files], errors, warnings: all.length - errors };
}

/**
 * The full paths of the files the check reads in the content folder `root`,
 * in a stable order. Files that are not text or belong to no collection are
 * the content gate's to report; they are left out here.
 */
export function checkedFiles(root: string): string[] {
  return listFiles(root).filter((full) => {
    const path = relative(root, full).split(sep).join('/');
    const kind = classifyContentPath(path);
    return kind !== undefined && kind !== 'paper-image' && kindOfPath(path) !== undefined;
  });
}

/** Checks the content tree at `contentDir` (relative to `projectRoot`), or one shard of it. */
export function checkContentTree(
  projectRoot: string,
  contentDir: string,
  options: ContentCheckOptions = {},
): ContentCheck {
  return summarize(checkFiles(projectRoot, contentDir, options).map(([, report]) => report));
}

/**
 * Checks the files of a tree (or of one shard) and returns each report with
 * the file's position in `checkedFiles`, so that shards checked apart can be
 * put back in order.
 */
export function checkFiles(
  projectRoot: string,
  contentDir: string,
  options: ContentCheckOptions = {},
): Array<[number, FileReport]> {
  const root = resolve(projectRoot, contentDir);
  const facts = options.facts ?? loadCheckFacts(projectRoot, contentDir, options.now);
  const shard = options.shard ?? { index: 0, count: 1 };
  const knownRuleIds = allRules.map((rule) => rule.meta.id);
  const reports: Array<[number, FileReport]> = [];
  checkedFiles(root).forEach((full, position) => {
    if (position % shard.count !== shard.index) return;
    const file = readContentFile(projectRoot, root, full);
    const kind = kindOfPath(file.path);
    // Unreadable (not UTF-8, or too large): the gate refuses the file with its reason.
    if (kind === undefined || file.text === undefined) return;
    const doc = parseCheckDocument(file.file, file.text, kind);
    reports.push([
      position,
      checkDocument(doc, {
        rules: options.rules ?? allRules,
        knownRuleIds,
        facts,
        ...(options.docsBase ? { docsBase: options.docsBase } : {}),
      }),
    ]);
  });
  return reports;
}
