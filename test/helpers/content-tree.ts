import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, for tests that read the sample content or run the build. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A throwaway copy of the sample content, to break one file at a time. Starting
 * from the real sample means every case differs from valid content in exactly
 * the way it says.
 */
export class ContentTree {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'plainsight-content-'));
    cpSync(join(projectRoot, 'content'), this.dir, { recursive: true });
  }

  /** Reads a file of the copy. */
  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  /** Writes (or creates) a file of the copy. */
  write(path: string, text: string | Buffer): void {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
  }

  /**
   * Replaces the first occurrence of `from` in a file; throws if it is
   * absent, so a case cannot silently test nothing.
   */
  replace(path: string, from: string, to: string): void {
    const text = this.read(path);
    if (!text.includes(from)) throw new Error(`The fixture ${path} does not contain ${JSON.stringify(from)}.`);
    this.write(path, text.replace(from, to));
  }

  /** Removes a file or folder of the copy. */
  remove(path: string): void {
    rmSync(join(this.dir, path), { recursive: true, force: true });
  }

  /** Deletes the copy. */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
