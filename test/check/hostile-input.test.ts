import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/engine.ts';
import { allRules } from '../../src/check/rules/index.ts';

/*
 * Each input is about 1 MB, shaped to make a backtracking matcher explode:
 * long runs of near-matches, unclosed markup, endless words without a
 * sentence end. A matcher that is not linear would not finish within the
 * test timeout; these must, and must still find what is there.
 */
const megabyte = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(megabyte / unit.length));

const cases: Array<{ name: string; text: string; file: string; expect?: string }> = [
  { name: 'one line of near-matches of a gapped phrase', text: fill('reserve the right the right the right '), file: 'a.md' },
  { name: 'one unbroken word', text: 'a'.repeat(megabyte), file: 'b.md' },
  { name: 'a sentence that never ends', text: `${fill('may change these ')}sole discretion`, file: 'c.md', expect: 'gotcha/sole-discretion' },
  { name: 'unclosed tags and quotes in HTML', text: fill('<span style="display:none x="'), file: 'd.md' },
  { name: 'digits and commas that look like money', text: fill('$1,1,1,1,1,1.1.1.1 '), file: 'e.md' },
  { name: 'zero-width characters between every letter', text: fill('s\u200bo\u200bl\u200be ') , file: 'f.md' },
  { name: 'capitals without end', text: fill('ALL CAPS TEXT '), file: 'g.md', expect: 'gotcha/all-caps' },
  { name: 'one start tag with endless attributes', text: `<b ${fill('onx=a x= y="" ')}>x</b>`, file: 'h.md', expect: 'markup/event-handler' },
  { name: 'character references that never finish a scheme', text: `<a href="${fill('&#x6a;&#')}">x</a>`, file: 'i.md' },
  // The parser's time grows with the square of these depths, or doubles per
  // level for elements inside attributes: refused before parsing.
  { name: 'nested JSX elements', text: `${fill('<span>')}<script>alert(1)</script>`, file: 'j.mdx', expect: 'plainsight/parse-error' },
  { name: 'elements inside attribute braces', text: fill('<a b={'), file: 'k.mdx', expect: 'plainsight/parse-error' },
  { name: 'nested blockquotes', text: fill('> '), file: 'l.md', expect: 'plainsight/parse-error' },
  { name: 'nested list markers', text: fill('1. - '), file: 'm.mdx', expect: 'plainsight/parse-error' },
  { name: 'nested braces', text: fill('{'), file: 'n.mdx', expect: 'plainsight/parse-error' },
];

describe('hostile input of 1 MB', () => {
  it.each(cases)('$name', ({ text, file, expect: expected }) => {
    expect(text.length).toBeGreaterThanOrEqual(megabyte);
    const report = checkText(file, text, 'policy', { rules: allRules });
    if (expected) expect(report.diagnostics.map((d) => d.ruleId)).toContain(expected);
    expect(Array.isArray(report.diagnostics)).toBe(true);
  }, 60_000);
});
