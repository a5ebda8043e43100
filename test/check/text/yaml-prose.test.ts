import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readYamlData, readYamlProse, type YamlReading } from '../../../src/check/text/yaml-prose.ts';
import { listFiles } from '../../../src/validate/content-files.ts';
import { splitFrontMatter } from '../../../src/validate/front-matter.ts';

function ok(reading: YamlReading) {
  if (!reading.ok) throw new Error(`expected YAML to read: ${reading.message}`);
  return reading;
}

describe('readYamlProse', () => {
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
    const { prose, data } = ok(readYamlProse(text));
    expect(prose.map(({ value, field }) => [value, field])).toEqual([
      ['Slow "internet" today', 'title'],
      ['Unlimited data every month', ''],
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
      readYamlProse('components: [{ id: core network, status: major outage }]\n"a key with words": the value of it\n'),
    );
    expect(prose.map(({ value, field }) => [value, field])).toEqual([
      ['core network', 'components.id'],
      ['major outage', 'components.status'],
      ['the value of it', 'a key with words'],
    ]);
  });

  it('refuses a list used as a key', () => {
    expect(readYamlProse('? [a, b]\n: value\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/complex keys/),
    });
  });

  it('keeps the last value of a repeated key, as `yaml` does with uniqueKeys off, and reads the prose of both', () => {
    const { data, prose } = ok(readYamlProse('why: first reason given\nwhy: second reason given\n'));
    expect(data).toEqual({ why: 'second reason given' });
    expect(prose.map((p) => p.value)).toEqual(['first reason given', 'second reason given']);
  });

  it('gives an empty or comment-only text the data null', () => {
    expect(ok(readYamlProse('')).data).toBeNull();
    expect(ok(readYamlProse('# nothing here\n')).data).toBeNull();
  });

  it('refuses broken YAML with where it broke', () => {
    const unclosed = readYamlProse('title: ok\nlist: [1, 2\n');
    expect(unclosed.ok).toBe(false);
    if (!unclosed.ok) {
      expect(unclosed.offset).toBeGreaterThan(10);
      expect(unclosed.offset).toBeLessThanOrEqual(22);
    }
    const badIndent = readYamlProse('a: b\n c: d\n');
    expect(badIndent).toMatchObject({ ok: false, message: expect.stringMatching(/indentation/) });
    expect(readYamlProse('a: *nowhere\n')).toMatchObject({ ok: false, message: expect.stringMatching(/alias/) });
    expect(readYamlProse('a: 1\n---\nb: 2\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/more than one document/),
    });
    expect(() => readYamlData('list: [1, 2\n')).toThrow(SyntaxError);
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
    expect(readYamlProse(lines.join('\n'))).toMatchObject({ ok: false });
    expect(readYamlProse('a: &a one two\nb: *a\n')).toMatchObject({ ok: true, data: { a: 'one two', b: 'one two' } });
  });

  it('reads the same data as `yaml` from every YAML file and front matter of the sample content and the fixtures', () => {
    let compared = 0;
    for (const file of [...listFiles('content'), ...listFiles('test/fixtures')]) {
      let text: string;
      if (/\.ya?ml$/.test(file)) text = readFileSync(file, 'utf8');
      else if (/\.mdx?$/.test(file)) text = splitFrontMatter(readFileSync(file, 'utf8')).yaml ?? '';
      else continue;
      text = text.replace(/^\uFEFF/, '');
      let expected: unknown;
      try {
        expected = parse(text, { uniqueKeys: false, prettyErrors: false });
      } catch {
        // Broken on purpose (a bad-input case): both must refuse it.
        expect(readYamlProse(text).ok, file).toBe(false);
        continue;
      }
      expect(readYamlData(text), file).toEqual(expected ?? null);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
  });

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
          const reading = ok(readYamlProse(text));
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
