import { afterAll, describe, expect, it } from 'vitest';
import { startAstroDev } from '../helpers/astro-dev.ts';
import { ContentTree } from '../helpers/content-tree.ts';
import { joinedRegExp } from '../helpers/regexp.ts';

describe('astro dev', () => {
  const tree = new ContentTree();
  afterAll(() => tree.dispose());

  it('re-checks a content file when it changes and prints the report as a warning', async () => {
    const dev = await startAstroDev(tree.dir);
    try {
      tree.replace(
        'policies/cancellation/2025-03-01.mdx',
        'Service ends at the end of the day you choose.',
        'Service ends at the end of the day you choose. We may refuse at our sole discretion.',
      );
      await dev.waitFor(/gotcha\/sole-discretion/, 30_000);
      expect(dev.output()).toMatch(
        joinedRegExp([
          /WARN\] \[plainsight:content-check\][^]*cancellation\/2025-03-01\.mdx\n/,
          / +28:\d+ +error +Say when and why, not "sole discretion"/,
        ]),
      );
    } finally {
      await dev.stop();
    }
  });
});
