/**
 * The reader's YAML: the data and the prose from js-yaml's events, positions,
 * decimals and errors exactly as `yaml` gives them, and the same data as
 * `yaml` on every file and on random documents.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { listFiles } from '../../src/reader/content-files.ts';
import { splitFrontMatter } from '../../src/reader/front-matter.ts';
import { readYaml, readYamlData, type YamlSource } from '../../src/reader/yaml.ts';

function ok(reading: YamlSource) {
  if (reading.errors.length > 0) throw new Error(`expected YAML to read: ${reading.errors[0]?.message}`);
  return reading;
}

describe('readYaml', () => {
  it('finds each string of several words with its field and where its value is written', () => {
    const text = [
      'title: "Slow \\"internet\\" today"',
      'impact: minor',
      'includes:',
      '  - Unlimited data every month',
      '  - router',
      'updates:',
      '  - at: 2026-03-13T12:34:09Z',
      "    message: 'It''s fixed now'",
      '    why: >-',
      '      We replaced',
      '      the cable.',
      '',
    ].join('\n');
    const { prose, data } = ok(readYaml(text));
    expect(prose.map(({ value, field }) => [value, field])).toEqual([
      ['Slow "internet" today', 'title'],
      ['Unlimited data every month', 'includes'],
      ["It's fixed now", 'updates.message'],
      ['We replaced the cable.', 'updates.why'],
    ]);
    // Offsets are of the value as written, without its quotes.
    expect(text.slice(prose[0]?.start, prose[0]?.end)).toBe('Slow \\"internet\\" today');
    expect(text.slice(prose[1]?.start, prose[1]?.end)).toBe('Unlimited data every month');
    expect(text.slice(prose[2]?.start, prose[2]?.end)).toBe("It''s fixed now");
    expect(text.slice(prose[3]?.start, prose[3]?.end)).toContain('We replaced\n      the cable.');
    // Dates stay strings, as in YAML 1.2's core schema.
    expect((data as { updates: Array<{ at: unknown }> }).updates[0]?.at).toBe('2026-03-13T12:34:09Z');
  });

  it('reads values, not keys, in flow mappings inside lists', () => {
    const { prose } = ok(
      readYaml('components: [{ id: core network, status: major outage }]\n"a key with words": the value of it\n'),
    );
    expect(prose.map(({ value, field }) => [value, field])).toEqual([
      ['core network', 'components.id'],
      ['major outage', 'components.status'],
      ['the value of it', 'a key with words'],
    ]);
  });

  it('refuses a list used as a key, and a repeated key, with the line of the repetition', () => {
    expect(readYaml('? [a, b]\n: value\n').data).toBeUndefined();
    const repeated = readYaml('why: first reason given\nwhy: second reason given\n');
    expect(repeated.errors[0]).toMatchObject({ kind: 'syntax', message: expect.stringMatching(/unique/) });
    expect(repeated.positionAt(repeated.errors[0]?.offset ?? 0).line).toBe(2);
  });

  it('gives an empty or comment-only text the data null', () => {
    expect(ok(readYaml('')).data).toBeNull();
    expect(ok(readYaml('# nothing here\n')).data).toBeNull();
  });

  it("refuses broken YAML with `yaml`'s own message and where it broke", () => {
    const unclosed = readYaml('title: ok\nlist: [1, 2\n');
    expect(unclosed.data).toBeUndefined();
    expect(unclosed.errors[0]?.offset).toBeGreaterThan(10);
    expect(unclosed.errors[0]?.offset).toBeLessThanOrEqual(22);
    expect(readYaml('a: b\n c: d\n').errors[0]?.message).toMatch(/mapping|indent/i);
    expect(readYaml('a: 1\n---\nb: 2\n').errors[0]?.message).toMatch(/document/);
    expect(() => readYamlData('list: [1, 2\n')).toThrow(SyntaxError);
    // Valid syntax whose data cannot be built: an alias to no anchor.
    expect(readYaml('- *nobody\n- id: maya\n').errors[0]).toMatchObject({
      kind: 'data',
      message: expect.stringMatching(/alias/i),
    });
  });

  it('points at the line and column of a field, and of its key, counting the lines before the front matter', () => {
    const text =
      'name: Fiber 300\nprice:\n  amount: 4500\n  currency: USD\nincludes:\n  - Router\n' +
      '  - "Installation by a technician"\n';
    const source = readYaml(text, 1);
    expect(source.positionOf(['price', 'amount'])).toEqual({ line: 4, column: 11 });
    expect(source.positionOf(['price', 'currency'], 'key')).toEqual({ line: 5, column: 3 });
    expect(source.positionOf(['includes', 1])).toEqual({ line: 8, column: 5 });
    // A missing field is reported at the key of the mapping that should hold it.
    expect(source.positionOf(['price', 'period'])).toEqual({ line: 3, column: 1 });
  });

  it('finds numbers written with a decimal point, and only numbers', () => {
    const source = readYaml(
      'amount: 45.00\nother: { amount: 1e3 }\nnote: "costs 45.00 a month"\nquoted: "12.50"\nwhole: 4500\n',
    );
    expect(source.decimalNumbers()).toEqual([
      { path: ['amount'], source: '45.00' },
      { path: ['other', 'amount'], source: '1e3' },
    ]);
    expect(readYaml('amount: 4500\nnote: costs 45.00 a month\n').decimalNumbers()).toEqual([]);
  });

  it('refuses an alias bomb instead of expanding it, even one of few aliases', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    // 8 levels of 10 aliases: 80 aliases that stand for 10^9 strings.
    for (let level = 1; level < 9; level += 1)
      lines.push(
        `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(', ')}]`,
      );
    expect(readYaml(lines.join('\n')).errors).toHaveLength(1);
    expect(readYaml('a: &a one two\nb: *a\n').data).toEqual({ a: 'one two', b: 'one two' });
  });

  it(
    'reads the same data as `yaml` from every YAML file and front matter of the sample content ' + 'and the fixtures',
    () => {
      let compared = 0;
      for (const file of [...listFiles('content'), ...listFiles('test/fixtures')]) {
        let text: string;
        if (/\.ya?ml$/.test(file)) text = readFileSync(file, 'utf8');
        else if (/\.mdx?$/.test(file)) text = splitFrontMatter(readFileSync(file, 'utf8')).yaml?.text ?? '';
        else continue;
        text = text.replace(/^\uFEFF/, '');
        let expected: unknown;
        try {
          expected = parse(text, { uniqueKeys: true, prettyErrors: false });
        } catch {
          // Broken on purpose (a bad-input case): both must refuse it.
          expect(readYaml(text).errors.length, file).toBeGreaterThan(0);
          continue;
        }
        expect(readYamlData(text), file).toEqual(expected ?? null);
        compared += 1;
      }
      expect(compared).toBeGreaterThan(100);
    },
  );

  it('reads the same data as `yaml` from any data `yaml` writes, and finds every string of several words in it', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.lorem({ maxCount: 6 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), tie('node'), { maxKeys: 4 }),
    })).map;
    fc.assert(
      fc.property(
        value,
        fc.constantFrom(
          'PLAIN',
          'QUOTE_DOUBLE',
          'QUOTE_SINGLE',
          'BLOCK_FOLDED',
          'BLOCK_LITERAL',
        ) as fc.Arbitrary<'PLAIN'>,
        fc.boolean(),
        (data, defaultStringType, flow) => {
          const text = stringify(data, { defaultStringType, collectionStyle: flow ? 'flow' : 'block' });
          const reading = ok(readYaml(text));
          expect(reading.data).toEqual(parse(text));
          const strings: string[] = [];
          const walk = (node: unknown): void => {
            if (typeof node === 'string' && node.includes(' ')) strings.push(node);
            else if (Array.isArray(node)) node.forEach(walk);
            else if (node !== null && typeof node === 'object') Object.values(node).forEach(walk);
          };
          walk(parse(text));
          expect(reading.prose.map((p) => p.value).sort()).toEqual(strings.sort());
          for (const { start, end } of reading.prose)
            expect(0 <= start && start <= end && end <= text.length).toBe(true);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
