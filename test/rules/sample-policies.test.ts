/**
 * The sample policies are meant to show what plain language looks like, so
 * they are held to it: no plain/* diagnostic at all (warnings included), and
 * a Flesch-Kincaid grade of 8 or lower for every version. Basecamp's
 * published policies, a well-known plain-language example, score about 9.6.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check-content.ts';
import { readingLevel } from '../../src/domain/text/reading-level.ts';
import { allRules } from '../../src/rules/index.ts';
import { splitFrontMatter } from '../../src/reader/front-matter.ts';
import { projectRoot } from '../helpers/content-tree.ts';
import { sampleNow } from '../helpers/tree-check.ts';

const policiesDir = join(projectRoot, 'content/policies');
const versions = readdirSync(policiesDir).flatMap((policy) =>
  readdirSync(join(policiesDir, policy)).map((file) => `${policy}/${file}`),
);

describe('the sample policies', () => {
  it('have versions to judge', () => {
    expect(versions.length).toBeGreaterThanOrEqual(10);
  });

  it('pass every plain/* rule, warnings included', async () => {
    const plainRules = allRules.filter((rule) => rule.meta.id.startsWith('plain/'));
    expect(plainRules.length).toBeGreaterThanOrEqual(6);
    const result = await checkContent(projectRoot, 'content', { rules: plainRules, now: sampleNow });
    const policyDiagnostics = result.files
      .filter((file) => file.path.includes('policies/'))
      .flatMap((file) => file.diagnostics);
    expect(result.files.filter((file) => file.path.includes('policies/')).length).toBe(versions.length);
    expect(policyDiagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}: ${d.message}`)).toEqual([]);
  });

  it.each(versions)('%s reads at grade 8 or lower', (version) => {
    const { body } = splitFrontMatter(readFileSync(join(policiesDir, version), 'utf8'));
    const level = readingLevel(version, body.text, 'policy');
    expect(level.words).toBeGreaterThan(50);
    expect(level.grade).toBeLessThanOrEqual(8);
  });
});
