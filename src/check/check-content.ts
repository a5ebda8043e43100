/**
 * Checks every file of a content tree: the one function behind the CLI's
 * default run, the Astro integration and the tests.
 */
import { readContentFiles } from '../validate/content-files.ts';
import { kindOfPath, parseCheckDocument } from './document.ts';
import { checkDocument, type FileReport } from './engine.ts';
import { loadCheckFacts } from './facts.ts';
import type { Rule } from './rule.ts';
import { allRules } from './rules/index.ts';

export interface ContentCheck {
  files: FileReport[];
  errors: number;
  warnings: number;
}

/** Counts errors and warnings over file reports. */
export function summarize(files: readonly FileReport[]): ContentCheck {
  const all = files.flatMap((file) => file.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  return { files: [...files], errors, warnings: all.length - errors };
}

/**
 * Checks the content tree at `contentDir` (relative to `projectRoot`). Files
 * that are not text or belong to no collection are the content gate's to
 * report; they are skipped here.
 */
export function checkContentTree(projectRoot: string, contentDir: string, options: { rules?: readonly Rule[]; docsBase?: string; now?: Date } = {}): ContentCheck {
  const facts = loadCheckFacts(projectRoot, contentDir, options.now);
  const reports: FileReport[] = [];
  for (const file of readContentFiles(projectRoot, contentDir)) {
    const kind = kindOfPath(file.path);
    if (file.kind === undefined || file.kind === 'paper-image' || kind === undefined || file.text === undefined) continue;
    const doc = parseCheckDocument(file.file, file.text, kind);
    reports.push(checkDocument(doc, { rules: options.rules ?? allRules, knownRuleIds: allRules.map((rule) => rule.meta.id), facts, ...(options.docsBase ? { docsBase: options.docsBase } : {}) }));
  }
  return summarize(reports);
}
