import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/file/unreadable.ts';
import { checkContent } from '../../../src/rules/check-content.ts';
import { ContentTree } from '../../helpers/content-tree.ts';
import { sampleNow, treeReport } from '../../helpers/tree-check.ts';

describe('file/unreadable', () => {
  it('refuses a link to a file that is gone, instead of stopping the check', async () => {
    const found = await treeReport(rule, (tree) =>
      symlinkSync(join(tree.dir, 'papers/gone.mdx'), join(tree.dir, 'papers/link.mdx')),
    );
    expect(found).toEqual([{ at: 'papers/link.mdx:1:1', message: expect.stringContaining('cannot be read') }]);
  });
  it('follows a link to a folder, as the build does, and checks what is in it', async () => {
    const tree = new ContentTree();
    try {
      tree.write('elsewhere/2026-01-01.mdx', tree.read('policies/refunds/2025-03-01.mdx'));
      symlinkSync(join(tree.dir, 'elsewhere'), join(tree.dir, 'policies/linked'));
      const result = await checkContent(tree.dir, '.', { now: sampleNow });
      const linked = result.files.find((file) => file.path === 'policies/linked/2026-01-01.mdx');
      expect(linked?.diagnostics.map((d) => d.ruleId)).toContain('policy/effective-date-name');
    } finally {
      tree.dispose();
    }
  });
});
