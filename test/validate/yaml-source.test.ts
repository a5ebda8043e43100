/**
 * The content gate's YAML reading: the data from the fast reading, and
 * positions, decimals and errors exactly as `yaml` gives them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../../src/validate/content-files.ts';
import { splitFrontMatter } from '../../src/validate/front-matter.ts';
import { parseYamlSource } from '../../src/validate/yaml-source.ts';

describe('parseYamlSource', () => {
  it('reads the data `yaml` reads from every YAML file and front matter of the sample content', () => {
    let compared = 0;
    for (const file of listFiles('content')) {
      const text = /\.ya?ml$/.test(file)
        ? readFileSync(file, 'utf8')
        : /\.mdx?$/.test(file)
          ? (splitFrontMatter(readFileSync(file, 'utf8')).yaml ?? '')
          : undefined;
      if (text === undefined) continue;
      const source = parseYamlSource(file, text);
      expect(source.syntaxErrors, file).toEqual([]);
      expect(source.data, file).toEqual(parse(text, { uniqueKeys: true }) ?? null);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('points at the line and column of a field, and of its key, counting the lines before the front matter', () => {
    const text =
      'name: Fiber 300\nprice:\n  amount: 4500\n  currency: USD\nincludes:\n  - Router\n  - "Installation by a technician"\n';
    const source = parseYamlSource('plan.yaml', text, 1);
    expect(source.positionOf(['price', 'amount'])).toEqual({ line: 4, column: 11 });
    expect(source.positionOf(['price', 'currency'], 'key')).toEqual({ line: 5, column: 3 });
    expect(source.positionOf(['includes', 1])).toEqual({ line: 8, column: 5 });
    // A missing field is reported at the key of the mapping that should hold it.
    expect(source.positionOf(['price', 'period'])).toEqual({ line: 3, column: 1 });
  });

  it('finds numbers written with a decimal point, and only numbers', () => {
    const source = parseYamlSource(
      'fees.yaml',
      'amount: 45.00\nother: { amount: 1e3 }\nnote: "costs 45.00 a month"\nquoted: "12.50"\nwhole: 4500\n',
    );
    expect(source.decimalNumbers).toEqual([
      { path: ['amount'], source: '45.00' },
      { path: ['other', 'amount'], source: '1e3' },
    ]);
    expect(parseYamlSource('fees.yaml', 'amount: 4500\nnote: costs 45.00 a month\n').decimalNumbers).toEqual([]);
  });

  it("gives `yaml`'s own messages for broken YAML, repeated keys and aliases", () => {
    const broken = parseYamlSource('site.yaml', 'name: A\n  locale: : en-US\n');
    expect(broken.data).toBeUndefined();
    expect(broken.syntaxErrors[0]).toMatchObject({
      ruleId: 'yaml',
      file: 'site.yaml',
      message: expect.stringMatching(/^This is not valid YAML: /),
    });
    const repeated = parseYamlSource('site.yaml', 'name: A\nname: B\n');
    expect(repeated.syntaxErrors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/unique/) });
    const unresolved = parseYamlSource('authors.yaml', '- *nobody\n- id: maya\n');
    expect(unresolved.syntaxErrors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/^This YAML cannot be read/),
    });
    expect(parseYamlSource('a.yaml', 'a: &x one\nb: *x\n').data).toEqual({ a: 'one', b: 'one' });
  });
});
