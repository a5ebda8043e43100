/**
 * Imports run one way: schemas → reader → domain → (rules | site) → front
 * ends (../shared/STYLE.md). ESLint's import-x/no-restricted-paths enforces
 * it over the whole code with every `npm test`; these cases prove the rule
 * refuses each import against the flow and allows each import with it.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-tree.ts';

const eslint = new ESLint({ cwd: projectRoot, ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths' });

/** The layer errors ESLint reports for a file at `path` that imports `target`. */
async function layerErrors(path: string, target: string): Promise<string[]> {
  const script = `import * as imported from '${target}';\nexport const used = imported;\n`;
  // An Astro page imports in its front matter.
  const code = path.endsWith('.astro') ? `---\n${script}---\n<p>{String(used)}</p>\n` : script;
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${path}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the import layers', () => {
  it.each([
    ['src/schemas/x.ts', '../reader/yaml.ts'],
    ['src/schemas/x.ts', '../domain/dates.ts'],
    ['src/reader/x.ts', '../domain/dates.ts'],
    ['src/reader/x.ts', '../rules/engine.ts'],
    ['src/domain/x.ts', '../rules/engine.ts'],
    ['src/domain/x.ts', '../data/collections.ts'],
    ['src/rules/x.ts', '../components/mdx/index.ts'],
    ['src/rules/x.ts', '../integrations/content-check.ts'],
    ['src/pages/x.ts', '../rules/index.ts'],
    ['src/pages/x.astro', '../rules/index.ts'],
    ['src/components/x.ts', '../rules/rule.ts'],
    ['src/data/x.ts', '../cli/check.ts'],
    ['src/domain/x.ts', '../../tools/synthetic-content.ts'],
  ])('refuses %s importing %s', async (path, target) => {
    expect(await layerErrors(path, target)).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([
    ['src/reader/x.ts', '../schemas/plan.ts'],
    ['src/domain/x.ts', '../reader/yaml.ts'],
    ['src/rules/x.ts', '../domain/dates.ts'],
    ['src/pages/x.ts', '../domain/dates.ts'],
    ['src/integrations/x.ts', '../rules/engine.ts'],
    ['src/cli/x.ts', '../rules/index.ts'],
    ['tools/x.ts', '../src/rules/index.ts'],
  ])('allows %s importing %s', async (path, target) => {
    expect(await layerErrors(path, target)).toEqual([]);
  });
});
