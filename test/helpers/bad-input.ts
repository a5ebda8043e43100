/**
 * The bad-input corpus (test/fixtures/bad-input/): each case is a folder with
 * `case.yaml` (what it breaks and the outcome expected) and, optionally, a
 * `content/` folder of files laid over a copy of the small valid tree in
 * `base/`. See test/fixtures/bad-input/README.md.
 */
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
  mkdtempSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './content-tree.ts';

export const corpusDir = join(projectRoot, 'test/fixtures/bad-input');

export interface BadInputCase {
  name: string;
  /** What the case breaks, in a sentence. */
  what: string;
  /** 0 when the input must work, 1 when it must be refused. */
  exit: 0 | 1;
  /** For a refusal: the file (relative to the content folder), line and field named, and a phrase of the message. */
  file?: string;
  line?: number;
  field?: string;
  rule?: string;
  message?: string;
  /** Files of the base to delete. */
  remove?: string[];
  /** Small edits of base files: the first occurrence of `from` becomes `to`. */
  edit?: Array<{ file: string; from: string; to: string }>;
  /** A file written at run time, too large to keep in the repository: `text` repeated up to `bytes`. */
  generate?: { file: string; head: string; text: string; bytes: number };
  /** Also run a real `astro build` of this case. */
  build?: boolean;
  /** For a case that must work, a page the build must write. */
  page?: string;
}

export function loadCases(): BadInputCase[] {
  const dir = join(corpusDir, 'cases');
  return readdirSync(dir)
    .sort()
    .map((name) => ({
      name,
      ...(parse(readFileSync(join(dir, name, 'case.yaml'), 'utf8')) as Omit<BadInputCase, 'name'>),
    }));
}

/**
 * Writes the content tree of a case into a fresh temporary folder and
 * returns its path. Several cases are laid over one copy of the base
 * together, when no two of them change the same file.
 */
export function materialize(...cases: BadInputCase[]): string {
  const dir = mkdtempSync(join(tmpdir(), `plainsight-bad-${cases.map((c) => c.name).join('+')}-`));
  cpSync(join(corpusDir, 'base'), dir, { recursive: true });
  const changedBy = new Map<string, string>();
  for (const c of cases) {
    const overlay = join(corpusDir, 'cases', c.name, 'content');
    const overlaid = existsSync(overlay)
      ? readdirSync(overlay, { recursive: true, encoding: 'utf8' }).filter((path) =>
          statSync(join(overlay, path)).isFile(),
        )
      : [];
    const changed = [
      ...overlaid,
      ...(c.remove ?? []),
      ...(c.edit ?? []).map((edit) => edit.file),
      ...(c.generate ? [c.generate.file] : []),
    ];
    for (const file of changed) {
      const other = changedBy.get(file);
      if (other !== undefined && other !== c.name)
        throw new Error(`Cases ${other} and ${c.name} both change ${file}: build them apart.`);
      changedBy.set(file, c.name);
    }
    if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
    for (const path of c.remove ?? []) rmSync(join(dir, path), { recursive: true, force: true });
    for (const { file, from, to } of c.edit ?? []) {
      const text = readFileSync(join(dir, file), 'utf8');
      // A case whose edit finds nothing would test nothing: fail loudly instead.
      if (!text.includes(from)) throw new Error(`Case ${c.name}: ${file} does not contain ${JSON.stringify(from)}.`);
      writeFileSync(join(dir, file), text.replace(from, to));
    }
    if (c.generate) {
      const { file, head, text, bytes } = c.generate;
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), head + text.repeat(Math.ceil((bytes - head.length) / text.length)));
    }
  }
  return dir;
}
