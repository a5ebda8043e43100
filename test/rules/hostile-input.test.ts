import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/rules/engine.ts';
import { allRules } from '../../src/rules/index.ts';

/*
 * Each input is about 1 MB, shaped to make a backtracking matcher explode:
 * long runs of near-matches, unclosed markup, endless words without a
 * sentence end. A matcher that is not linear would not finish within the
 * test timeout; these must, and must still find what is there.
 */
const megabyte = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(megabyte / unit.length));
/** The same, in lines of about 4,000 characters: one paragraph, under the parser's limit on line length. */
const fillLines = (unit: string) => fill(`${unit.repeat(Math.floor(4_000 / unit.length))}\n`);

const cases: Array<{ name: string; text: string; file: string; expect?: string }> = [
  {
    name: 'one line of near-matches of a gapped phrase',
    text: fill('reserve the right the right the right '),
    file: 'a.md',
  },
  // Refused as a line too long for the parser; the tokenizer meets long words in YAML too.
  { name: 'one unbroken word', text: 'a'.repeat(megabyte), file: 'b.md' },
  {
    name: 'a sentence that never ends',
    text: `${fillLines('may change these ')}sole discretion`,
    file: 'c.md',
    expect: 'gotcha/sole-discretion',
  },
  { name: 'unclosed tags and quotes in HTML', text: fill('<span style="display:none x="'), file: 'd.md' },
  { name: 'digits and commas that look like money', text: fill('$1,1,1,1,1,1.1.1.1 '), file: 'e.md' },
  { name: 'zero-width characters between every letter', text: fill('s\u200bo\u200bl\u200be '), file: 'f.md' },
  { name: 'capitals without end', text: fillLines('ALL CAPS TEXT '), file: 'g.md', expect: 'gotcha/all-caps' },
  {
    name: 'one start tag with endless attributes',
    text: `<b ${fillLines('onx="a" x="" y="" ')}z="">x</b>`,
    file: 'h.mdx',
    expect: 'markup/event-handler',
  },
  {
    name: 'character references that never finish a scheme',
    text: `<a href="${fill('&#x6a;&#')}">x</a>`,
    file: 'i.md',
  },
  // The parser's time grows with the square of these depths, or doubles per
  // level for elements inside attributes: refused before parsing.
  {
    name: 'nested JSX elements',
    text: `${fill('<span>')}<script>alert(1)</script>`,
    file: 'j.mdx',
    expect: 'parse/too-complex',
  },
  { name: 'elements inside attribute braces', text: fill('<a b={'), file: 'k.mdx', expect: 'parse/too-complex' },
  { name: 'nested blockquotes', text: fill('> '), file: 'l.md', expect: 'parse/too-complex' },
  { name: 'nested list markers', text: fill('1. - '), file: 'm.mdx', expect: 'parse/too-complex' },
  { name: 'nested braces', text: fill('{'), file: 'n.mdx', expect: 'parse/too-complex' },
  // Not nesting, but the parser's time grows with the square of their count
  // or length (found by the linearity property in test/property/): refused too.
  {
    name: 'paragraphs ending in a component that run into headings',
    text: fill('Fee <Fee id="x" />\n## Next\n'),
    file: 'o.mdx',
    expect: 'parse/too-complex',
  },
  {
    name: 'character references in one paragraph',
    text: fill('Terms &amp; prices\n'),
    file: 'p.md',
    expect: 'parse/too-complex',
  },
  {
    name: 'one line of emphasis with accents',
    text: fill('Café *prices* '),
    file: 'q.md',
    expect: 'parse/too-complex',
  },
  {
    name: 'elements with text alone on their lines',
    text: fill('<b>bold</b>\n\n'),
    file: 'r.mdx',
    expect: 'parse/too-complex',
  },
  {
    name: 'elements left open, after a backtick that opens no code span',
    text: fill('A ` then <span hidden>\n\n'),
    file: 's.mdx',
    expect: 'parse/too-complex',
  },
  { name: 'element names beyond ASCII', text: fill('<é/>\n\n'), file: 't.mdx', expect: 'parse/too-complex' },
];

describe('hostile input of 1 MB', () => {
  it.each(cases)(
    '$name',
    ({ text, file, expect: expected }) => {
      expect(text.length).toBeGreaterThanOrEqual(megabyte);
      const report = checkText(file, text, 'policy', { rules: allRules });
      if (expected) expect(report.diagnostics.map((d) => d.ruleId)).toContain(expected);
      expect(Array.isArray(report.diagnostics)).toBe(true);
    },
    60_000,
  );
});
