import { describe, expect, it } from 'vitest';
import { maxDepth, nestingProblem } from '../../../src/check/text/nesting.ts';

describe('nestingProblem', () => {
  it('accepts nesting at each limit and refuses one level more, at the level that passes it', () => {
    const braces = '{'.repeat(maxDepth.braces);
    expect(nestingProblem(braces, true)).toBeUndefined();
    expect(nestingProblem(`${braces}{`, true)).toMatchObject({ offset: maxDepth.braces, message: expect.stringContaining('braces are nested') });
    const elements = '<b>'.repeat(maxDepth.elements);
    expect(nestingProblem(elements, true)).toBeUndefined();
    expect(nestingProblem(`${elements}<b>`, true)?.offset).toBe(elements.length);
    const quotes = '> '.repeat(maxDepth.containers);
    expect(nestingProblem(`${quotes}x`, false)).toBeUndefined();
    expect(nestingProblem(`${quotes}> x`, false)).toMatchObject({ offset: quotes.length, message: expect.stringContaining('blockquotes or lists') });
  });
  it('counts list markers of every kind, and only at the start of a line', () => {
    expect(nestingProblem(`${'- * + 1. 2) '.repeat(13)}x`, false)).toBeDefined();
    expect(nestingProblem(`Text ${'> '.repeat(100)}`, false)).toBeUndefined();
    expect(nestingProblem(`${'> '.repeat(40)}x\n${'> '.repeat(40)}y`, false)).toBeUndefined();
  });
  it('counts closed elements, self-closing elements and braces back down', () => {
    expect(nestingProblem('<Fee id="x" /> {/* note */} <b>bold</b>\n\n'.repeat(1000), true)).toBeUndefined();
  });
  it('does not count braces and angle brackets inside code', () => {
    const code = `\`\`\`ts\n${'{ <T>'.repeat(500)}\n\`\`\``;
    expect(nestingProblem(code, true)).toBeUndefined();
    expect(nestingProblem(`Inline \`${'{'.repeat(50)}\` code.`, true)).toBeUndefined();
    expect(nestingProblem(`Double \`\` a \` ${'{'.repeat(50)} \`\` code.`, true)).toBeUndefined();
  });
  it('refuses a paragraph with more braces than the limit, in inline code or not, and resets at each paragraph', () => {
    const many = '`{x}` '.repeat(maxDepth.bracesPerParagraph);
    expect(nestingProblem(many, true)).toBeUndefined();
    expect(nestingProblem(`${many}{/* c */}`, true)?.message).toContain('one paragraph holds more than');
    expect(nestingProblem(`${many}\n\n${many}`, true)).toBeUndefined();
  });
  it('ignores braces and elements in plain Markdown, where they are text', () => {
    expect(nestingProblem('{'.repeat(1000), false)).toBeUndefined();
  });
});
