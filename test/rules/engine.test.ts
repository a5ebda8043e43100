import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/rules/check-content.ts';
import { checkText } from '../../src/rules/engine.ts';
import { emptyFacts } from '../../src/rules/facts.ts';
import { allRules } from '../../src/rules/index.ts';
import { projectRoot } from '../helpers/content-tree.ts';

const facts = emptyFacts(new Date('2026-11-22T00:00:00Z'));
const check = (code: string, file = 'case.mdx', kind: 'policy' | 'paper' | 'pricing' = 'policy') =>
  checkText(file, code, kind, { rules: allRules, facts });
const ids = (report: ReturnType<typeof check>) => report.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('the sample content', () => {
  let result: Awaited<ReturnType<typeof checkContent>>;
  beforeAll(async () => {
    result = await checkContent(projectRoot, 'content');
  });
  it('passes every rule with no errors and no warnings', () => {
    expect(result.files.length).toBeGreaterThan(30);
    expect(
      result.files.flatMap((f) => f.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.message}`)),
    ).toEqual([]);
  });
  it('has its suppressions, each with a reason, and each silencing something', () => {
    const suppressions = result.files.flatMap((f) => f.suppressions);
    expect(suppressions.length).toBeGreaterThan(0);
    for (const s of suppressions) {
      expect(s.reason.length).toBeGreaterThan(10);
      expect(s.suppressed.length).toBeGreaterThan(0);
    }
  });
});

describe('suppressions', () => {
  const bad = 'We may refuse service at our sole discretion.';
  it('silence the named rule on the next line when they give a reason', () => {
    const report = check(
      `{/* plainsight-disable-next-line gotcha/sole-discretion -- Quoting an old contract. */}\n${bad}`,
    );
    expect(ids(report)).toEqual([]);
    expect(report.suppressions).toMatchObject([
      { line: 1, rules: ['gotcha/sole-discretion'], reason: 'Quoting an old contract.' },
    ]);
  });
  it('skip blank lines to reach the next line with content', () => {
    expect(ids(check(`{/* plainsight-disable-next-line gotcha/sole-discretion -- Quoting. */}\n\n${bad}`))).toEqual([]);
  });
  it('silence only the rules they name', () => {
    expect(ids(check(`{/* plainsight-disable-next-line fee/undeclared-amount -- Wrong rule. */}\n${bad}`))).toEqual([
      '1:1 plainsight/unused-suppression',
      '2:30 gotcha/sole-discretion',
    ]);
  });
  it('are an error without a reason, and silence nothing', () => {
    expect(ids(check(`{/* plainsight-disable-next-line gotcha/sole-discretion */}\n${bad}`))).toEqual([
      '1:1 plainsight/suppression-without-reason',
      '2:30 gotcha/sole-discretion',
    ]);
  });
  it('are an error when they name a rule that does not exist, with the rule meant', () => {
    const report = check(`{/* plainsight-disable-next-line gotcha/sole-discrection -- Typo. */}\n${bad}`);
    expect(ids(report)).toContain('1:1 plainsight/suppression-unknown-rule');
    expect(report.diagnostics.find((d) => d.ruleId === 'plainsight/suppression-unknown-rule')?.message).toBe(
      'There is no rule "gotcha/sole-discrection"; the rules are listed on /transparency/rules/. ' +
        'Did you mean "gotcha/sole-discretion"?',
    );
    const far = check(`{/* plainsight-disable-next-line gotcha/whatever -- Typo. */}\n${bad}`);
    expect(far.diagnostics.find((d) => d.ruleId === 'plainsight/suppression-unknown-rule')?.message).toBe(
      'There is no rule "gotcha/whatever"; the rules are listed on /transparency/rules/.',
    );
  });
  it('cannot switch off a rule that keeps code out of content, with any reason', () => {
    const script = '<script>alert(1)</script>';
    expect(
      ids(
        check(
          `{/* plainsight-disable-next-line markup/element -- We need analytics. */}\n${script}`,
          'case.mdx',
          'paper',
        ),
      ),
    ).toEqual(['1:1 plainsight/suppression-not-allowed', '2:1 markup/element']);
    // Named beside a rule that can be suppressed, that one is still silenced.
    expect(
      ids(
        check(
          `{/* plainsight-disable-next-line markup/element, gotcha/sole-discretion -- Quoting. */}\n${script} ${bad}`,
          'case.mdx',
          'paper',
        ),
      ),
    ).toEqual(['1:1 plainsight/suppression-not-allowed', '2:1 markup/element']);
  });
  it('cannot silence a file that does not parse', () => {
    const yaml = '- id: x\n  # plainsight-disable-next-line parse/yaml -- It reads fine.\n  why: [unclosed\n';
    const report = checkText('pricing/fees.yaml', yaml, 'pricing', { rules: allRules, facts });
    expect(ids(report)).toContain('2:3 plainsight/suppression-not-allowed');
    expect(report.diagnostics.map((d) => d.ruleId)).toContain('parse/yaml');
    expect(report.suppressions).toEqual([]);
  });
  it('work as HTML comments in Markdown and as comments in YAML', () => {
    expect(
      ids(check(`<!-- plainsight-disable-next-line gotcha/sole-discretion -- Quoting. -->\n${bad}`, 'case.md')),
    ).toEqual([]);
    const yaml = `- id: x\n  # plainsight-disable-next-line gotcha/sole-discretion -- Quoting.\n  why: ${bad}\n`;
    expect(ids(checkText('pricing/fees.yaml', yaml, 'pricing', { rules: allRules, facts }))).toEqual([]);
  });
});

describe('what counts as prose', () => {
  it('skips code blocks and inline code', () => {
    expect(
      ids(check('```\nWe may refuse service at our sole discretion.\n```\n\nUse `sole discretion` as an example.')),
    ).toEqual([]);
  });
  it('exempts a quotation marked with an attribution line from gotcha and fee rules, and nothing else', () => {
    const quote =
      '> We may change these terms at any time, pursuant to our sole discretion.\n>\n' +
      '> — Terms of a company we compared, 2024';
    expect(ids(check(quote, 'case.mdx', 'paper'))).toEqual([]);
    // The same words in a plain blockquote, or a policy's legalese rule, still count.
    expect(ids(check('> We may change these terms at any time.', 'case.mdx', 'paper'))).toEqual([
      '1:6 gotcha/unilateral-change',
    ]);
    expect(ids(check(quote, 'case.mdx', 'policy'))).toEqual(['1:42 plain/legalese']);
  });
  it('checks front-matter text at its own line and column', () => {
    const report = check(
      '---\ntitle: Terms\nsummary: We may refuse service at our sole discretion.\n' +
        'keyPoints: [One point., Two points., Three points.]\n---\n\nBody.',
    );
    expect(ids(report)).toEqual(['3:39 gotcha/sole-discretion']);
  });
  it('points at the text as written, after non-ASCII characters, emphasis and links', () => {
    expect(ids(check('Café — naïve 😀 text. We *may* refuse at our [sole discretion](/x).'))).toEqual([
      '1:47 gotcha/sole-discretion',
    ]);
  });
  it('reports an MDX syntax error with its line instead of checking nothing', () => {
    const report = check('Fine.\n\n<Broken attr="x"\n');
    expect(report.diagnostics[0]).toMatchObject({ ruleId: 'parse/markdown', line: 3 });
  });
});

describe('rule meta', () => {
  it('gives every rule an id family/name, a family, docs, a source and messages', () => {
    const ids = new Set<string>();
    for (const rule of allRules) {
      const { id, family, docs, source, description, rationale, messages } = rule.meta;
      expect(id).toMatch(
        /^(fee|gotcha|model|plain|policy|record|status|markup|paper|reference|schema|file)\/[a-z0-9-]+$/,
      );
      expect(ids.has(id), `duplicate ${id}`).toBe(false);
      ids.add(id);
      expect(family).toBe(id.split('/')[0]);
      expect(docs).toBe(`/transparency/rules/#rule-${id.replace('/', '-')}`);
      for (const text of [source, description, rationale]) expect(text.length).toBeGreaterThan(10);
      expect(Object.keys(messages).length).toBeGreaterThan(0);
    }
  });
});
