import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/content-tree.ts';

/** Runs the real CLI the way the README says, on the Node that runs the tests. */
function cli(args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'src/cli/check.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'plainsight-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bad = join(dir, 'bad.md');
const good = join(dir, 'good.md');
writeFileSync(bad, 'Intro line.\n\nWe may refuse service at our sole discretion.\n');
writeFileSync(good, 'We refund every day you paid for but did not use.\n');

describe('npm run check', () => {
  it('passes the sample content with exit code 0', () => {
    const result = cli([]);
    expect(result.stdout).toContain('No problems found.');
    expect(result.status).toBe(0);
  });

  it('exits 1 with a stylish report naming the file, line, column and rule', () => {
    const result = cli(['--kind', 'policy', bad]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /bad\.md\n +3:30 +error +Say when and why, not "sole discretion"\. +gotcha\/sole-discretion/,
    );
    // Not a terminal: no colour codes.
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints the JSON report in its documented shape, listing clean files too', () => {
    const result = cli(['--kind', 'policy', '--format', 'json', bad, good]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      version: 1,
      files: [
        {
          path: expect.stringMatching(/bad\.md$/),
          kind: 'policy',
          diagnostics: [
            {
              ruleId: 'gotcha/sole-discretion',
              severity: 'error',
              line: 3,
              column: 30,
              endLine: 3,
              endColumn: 45,
              field: '',
              message: 'Say when and why, not "sole discretion".',
              url: '/transparency/rules/#rule-gotcha-sole-discretion',
            },
          ],
        },
        { path: expect.stringMatching(/good\.md$/), kind: 'policy', diagnostics: [] },
      ],
      summary: { files: 2, errors: 1, warnings: 0 },
    });
  });

  it('prints SARIF 2.1.0 and GitHub annotations', () => {
    const sarif = JSON.parse(cli(['--kind', 'policy', '--format', 'sarif', bad]).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'gotcha/sole-discretion',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 30 } } }],
    });
    const github = cli(['--kind', 'policy', '--format', 'github', bad]).stdout.trim();
    expect(github).toMatch(
      /^::error file=.*bad\.md,line=3,col=30,endLine=3,endColumn=45,title=gotcha\/sole-discretion::Say when and why/,
    );
  });

  it('exits 2 on bad usage or unreadable input', () => {
    expect(cli(['--format', 'xml']).status).toBe(2);
    expect(cli(['--kind', 'brochure', bad]).status).toBe(2);
    const misspelt = cli(['--kind', 'polciy', bad]);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toContain('Unknown kind "polciy". Did you mean "policy"? Kinds: paper, policy,');
    expect(cli([bad]).stderr).toContain('Pass --kind');
    expect(cli([join(dir, 'missing.md')]).status).toBe(2);
    const latin1 = join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(cli(['--kind', 'policy', latin1]).status).toBe(2);
  });

  it('fails on warnings only beyond --max-warnings', () => {
    const long = join(dir, 'long.md');
    writeFileSync(long, `${'word '.repeat(45).trim()}.\n`);
    expect(cli(['--kind', 'policy', long]).status).toBe(0);
    expect(cli(['--kind', 'policy', '--max-warnings', '0', long]).status).toBe(1);
  });

  it('prints a complete report when piped, however many files', () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 3000; i += 1)
      writeFileSync(
        join(many, `p${i}.md`),
        'We may refuse service at our sole discretion. Terms and conditions apply.\n',
      );
    const result = cli(['--kind', 'policy', '--format', 'json', many]);
    const report = JSON.parse(result.stdout);
    expect(report.files).toHaveLength(3000);
    expect(report.summary).toEqual({ files: 3000, errors: 6000, warnings: 0 });
  });
});
