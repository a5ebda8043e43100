/**
 * Reading a tree again after a command wrote one file gives what reading the
 * whole folder gives: the same files in the same order, the written one new.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles, withFileReadAgain } from '../../src/reader/content-files.ts';
import { ContentTree } from '../helpers/content-tree.ts';

describe('withFileReadAgain', () => {
  const tree = new ContentTree();
  afterAll(() => tree.dispose());
  const read = () => readContentFiles(tree.dir, '.');

  it('puts a new file where listing the folder puts it, and keeps the other files as they were read', () => {
    const before = read();
    tree.write('status/incidents/2026-11-22-a-new-one.md', '---\ntitle: A new one\n---\n');
    const again = withFileReadAgain(before, tree.dir, '.', join(tree.dir, 'status/incidents/2026-11-22-a-new-one.md'));
    expect(again).toEqual(read());
    expect(again.filter((file) => !before.includes(file)).map((file) => file.path)).toEqual([
      'status/incidents/2026-11-22-a-new-one.md',
    ]);
  });

  it('reads a changed file again in its place', () => {
    const before = read();
    const path = 'policies/refunds/2025-03-01.mdx';
    tree.replace(path, 'refund', 'refund, in full,');
    const again = withFileReadAgain(before, tree.dir, '.', join(tree.dir, path));
    expect(again).toEqual(read());
    expect(again.findIndex((file) => file.path === path)).toBe(before.findIndex((file) => file.path === path));
    expect(again.find((file) => file.path === path)?.text).toContain('refund, in full,');
  });
});
