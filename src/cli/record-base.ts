/**
 * The base revision `npm run validate` and `npm run check` compare the
 * content with, for the record/* rules. Asked for (`--base`,
 * PLAINSIGHT_BASE, or a GitHub pull request's GITHUB_BASE_REF), a base that
 * cannot be read is an error: CI must not pass a check it could not make.
 * Not asked for, the base is HEAD when the content is in a git repository,
 * and otherwise the check runs without it and says so.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readContentAt, baseRevision, RevisionUnavailable } from '../reader/revision.ts';
import type { ContentTree } from '../reader/read-content.ts';

export interface RecordBase {
  /** The content at the base, when it could be read. */
  tree?: ContentTree;
  /** One line for stderr when the record was not compared. */
  notice?: string;
}

/** Whether a base was asked for, on the command line or by the environment. */
export function baseAskedFor(given: string | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return [given, env['PLAINSIGHT_BASE'], env['GITHUB_BASE_REF']].some((value) => value !== undefined && value !== '');
}

/**
 * Reads the content folder at the base revision. Throws `RevisionUnavailable`
 * when a base was asked for and cannot be read; returns a notice instead when
 * none was asked for.
 */
export function recordBase(
  projectRoot: string,
  contentDir: string,
  given: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): RecordBase {
  // No content folder: the check says so (ContentFolderMissing), not the base.
  if (!existsSync(resolve(projectRoot, contentDir))) return {};
  try {
    return { tree: readContentAt(projectRoot, contentDir, baseRevision(projectRoot, given, env)).tree };
  } catch (error) {
    if (!(error instanceof RevisionUnavailable) || baseAskedFor(given, env)) throw error;
    return { notice: `The record was not compared with git (record/* rules): ${error.message}` };
  }
}
