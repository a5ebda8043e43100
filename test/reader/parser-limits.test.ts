import { describe, expect, it } from 'vitest';
import { parserLimits, parserLimitProblem } from '../../src/reader/parser-limits.ts';

describe('parserLimitProblem', () => {
  it('accepts nesting at each limit and refuses one level more, at the level that passes it', () => {
    const braces = '{'.repeat(parserLimits.braces);
    expect(parserLimitProblem(braces, true)).toBeUndefined();
    expect(parserLimitProblem(`${braces}{`, true)).toMatchObject({
      offset: parserLimits.braces,
      message: expect.stringContaining('braces are nested'),
    });
    const elements = '<b>'.repeat(parserLimits.elements);
    expect(parserLimitProblem(elements, true)).toBeUndefined();
    expect(parserLimitProblem(`${elements}<b>`, true)?.offset).toBe(elements.length);
    const quotes = '> '.repeat(parserLimits.containers);
    expect(parserLimitProblem(`${quotes}x`, false)).toBeUndefined();
    expect(parserLimitProblem(`${quotes}> x`, false)).toMatchObject({
      offset: quotes.length,
      message: expect.stringContaining('blockquotes or lists'),
    });
  });
  it('counts list markers of every kind, and only at the start of a line', () => {
    expect(parserLimitProblem(`${'- * + 1. 2) '.repeat(13)}x`, false)).toBeDefined();
    expect(parserLimitProblem(`Text ${'> '.repeat(100)}`, false)).toBeUndefined();
    expect(parserLimitProblem(`${'> '.repeat(40)}x\n${'> '.repeat(40)}y`, false)).toBeUndefined();
  });
  it('counts closed elements, self-closing elements and braces back down', () => {
    expect(parserLimitProblem('<Fee id="x" /> {/* note */} <b>bold</b>\n\n'.repeat(1000), true)).toBeUndefined();
  });
  it('does not count braces and angle brackets inside code', () => {
    const code = `\`\`\`ts\n${'{ <T>'.repeat(500)}\n\`\`\``;
    expect(parserLimitProblem(code, true)).toBeUndefined();
    expect(parserLimitProblem(`Inline \`${'{'.repeat(50)}\` code.`, true)).toBeUndefined();
    expect(parserLimitProblem(`Double \`\` a \` ${'{'.repeat(50)} \`\` code.`, true)).toBeUndefined();
  });
  it('refuses a paragraph with more braces than the limit, in inline code or not, and resets at each paragraph', () => {
    const many = '`{x}` '.repeat(parserLimits.bracesPerParagraph);
    expect(parserLimitProblem(many, true)).toBeUndefined();
    expect(parserLimitProblem(`${many}{/* c */}`, true)?.message).toContain('one paragraph holds more than');
    expect(parserLimitProblem(`${many}\n\n${many}`, true)).toBeUndefined();
  });
  it('ignores braces and elements in plain Markdown, where they are text', () => {
    expect(parserLimitProblem('{'.repeat(1000), false)).toBeUndefined();
  });
  describe('paragraphs that end in markup and run straight into a block', () => {
    const limit = parserLimits.markupBeforeBlock;
    it.each([
      ['a heading', 'Text <Price plan="a" />\n## Next\n'],
      ['a code fence', 'Text {/* c */}\n```\ncode\n```\n'],
      ['an element', 'Text with a < sign\n<Fee id="x" />\n'],
      ['a thematic break', 'Text `<code>`\n* * *\n'],
      ['a heading inside a blockquote', '> Text <b>bold</b>\n> # Next\n'],
    ])('refuses more than the limit before %s, at the line that passes it', (_, unit) => {
      expect(parserLimitProblem(unit.repeat(limit), true)).toBeUndefined();
      const body = unit.repeat(limit + 1);
      const problem = parserLimitProblem(body, true);
      expect(problem?.message).toContain('Put a blank line before this line');
      // The offending line is the block that follows the last paragraph.
      const lastParagraph = unit.length * limit;
      const blockLine = body.indexOf('\n', lastParagraph) + 1;
      expect(body.slice(blockLine, problem?.offset)).toMatch(/^[> ]*$/);
    });
    it('is reset by a blank line, but not by a blockquote marker alone', () => {
      const unit = 'Text <b>x</b>\n# H\n';
      expect(parserLimitProblem(`${unit.repeat(limit)}\n${unit.repeat(limit)}`, true)).toBeUndefined();
      expect(parserLimitProblem(`${unit.repeat(limit)}   \n${unit.repeat(limit)}`, true)).toBeUndefined();
      expect(
        parserLimitProblem(
          `> ${unit.repeat(limit).replaceAll('\n', '\n> ')}\n>\n> ${unit.repeat(limit).replaceAll('\n', '\n> ')}`,
          true,
        ),
      ).toBeDefined();
    });
    it(
      'does not count lines that cost nothing: markup before plain text, lone components, headings, ' +
        'setext underlines, lists, code blocks, Markdown',
      () => {
        const n = limit * 4;
        expect(parserLimitProblem('Text <b>x</b>\nmore text\n# H\n'.repeat(n), true)).toBeUndefined();
        expect(parserLimitProblem('<Fee id="installation" />\n'.repeat(n), true)).toBeUndefined();
        expect(parserLimitProblem('<Fee id="installation" />\n## Heading\n'.repeat(n), true)).toBeUndefined();
        expect(parserLimitProblem('## Heading <b>x</b>\n## Next\n'.repeat(n), true)).toBeUndefined();
        expect(parserLimitProblem('Text <b>x</b>\n---\n'.repeat(n), true)).toBeUndefined();
        expect(parserLimitProblem('- Text <b>x</b>\n- more\n'.repeat(n), true)).toBeUndefined();
        expect(parserLimitProblem(`\`\`\`html\n${'<p>x</p>\n<h1>y</h1>\n'.repeat(n)}\`\`\``, true)).toBeUndefined();
        expect(parserLimitProblem('Text <b>x</b>\n# H\n'.repeat(n), false)).toBeUndefined();
      },
    );
  });
  it('refuses a line longer than the limit outside code, in Markdown and MDX, at the character that passes it', () => {
    const line = 'é*a* '.repeat(parserLimits.lineLength / 5);
    for (const mdx of [true, false]) {
      expect(parserLimitProblem(`Intro.\n\n${line}\n\nEnd.`, mdx)).toBeUndefined();
      expect(parserLimitProblem(`Intro.\n\n${line}x\n\nEnd.`, mdx)).toMatchObject({
        offset: 8 + parserLimits.lineLength,
        message: expect.stringContaining('Break it into paragraphs'),
      });
      expect(parserLimitProblem(`${line}x`, mdx)).toBeDefined();
      expect(parserLimitProblem(`\`\`\`json\n${line}x\n\`\`\``, mdx)).toBeUndefined();
      // A "fence" with a backtick later on its line is code spans in a paragraph, and its line is measured.
      expect(parserLimitProblem(`\`\`\` a \`\`\` ${line}`, mdx)).toBeDefined();
      expect(parserLimitProblem(`\`\`\`json ${line}\n{}\n\`\`\``, mdx)).toBeDefined();
    }
  });
  it('refuses "<" right before a character beyond ASCII, outside code, and names it', () => {
    expect(parserLimitProblem('Prices < é and <b>x</b>.', true)).toBeUndefined();
    expect(parserLimitProblem('Café `<é>` in code.', true)).toBeUndefined();
    expect(parserLimitProblem('Text <é/> here.', true)).toMatchObject({
      offset: 5,
      message: expect.stringContaining('"<é" starts an element'),
    });
    expect(parserLimitProblem('Text </ﬁ> here.', true)).toMatchObject({
      offset: 5,
      message: expect.stringContaining('"<ﬁ"'),
    });
    expect(parserLimitProblem('Text <\u00a0 here.', true)).toBeDefined();
    expect(parserLimitProblem('Text <é/> here.', false)).toBeUndefined();
  });
  it('caps lines that start with an element, times the blocks of the page', () => {
    const limit = parserLimits.elementLinesTimesBlocks;
    const element = '<b>bold</b>\n\n';
    const paragraphs = (n: number) => 'Text.\n\n'.repeat(n);
    // 100 element lines and (limit / 100 - 101) paragraphs make exactly `limit` blocks times lines.
    const fits = element.repeat(100) + paragraphs(limit / 100 - 101);
    expect(parserLimitProblem(fits, true)).toBeUndefined();
    const problem = parserLimitProblem(`Intro.\n\n${fits}Text.\n\n`, true);
    expect(problem).toMatchObject({
      offset: 8,
      message: expect.stringContaining('100 lines that start with an element'),
    });
    // Lone self-closing components, comments and Markdown do not count.
    expect(parserLimitProblem('<Fee id="x" />\n\n'.repeat(100) + paragraphs(limit / 100), true)).toBeUndefined();
    expect(parserLimitProblem('<!-- c -->\n\n'.repeat(100) + paragraphs(limit / 100), true)).toBeUndefined();
    expect(parserLimitProblem(element.repeat(100) + paragraphs(limit / 100), false)).toBeUndefined();
  });
  it('counts an element left open as nested, even after a "/>" that closes nothing', () => {
    expect(parserLimitProblem('x /> <span>\n\n'.repeat(parserLimits.elements), true)).toBeUndefined();
    expect(parserLimitProblem('x /> <span>\n\n'.repeat(parserLimits.elements + 1), true)?.message).toContain(
      'elements are nested',
    );
    expect(parserLimitProblem('<A b={1 > 0} />\n\n'.repeat(parserLimits.elements + 1), true)).toBeUndefined();
    expect(parserLimitProblem('<span></\n\n'.repeat(parserLimits.elements + 1), true)?.message).toContain(
      'elements are nested',
    );
    expect(parserLimitProblem('<span>a</span>\n\n'.repeat(parserLimits.elements + 1), true)).toBeUndefined();
  });
  it('counts lines that open an element with content towards the cap on element lines times blocks', () => {
    const open = 'Text <b>x</b> here.\n\n';
    const n = Math.ceil(Math.sqrt(parserLimits.elementLinesTimesBlocks)) + 1;
    expect(parserLimitProblem(open.repeat(n), true)?.message).toContain('lines that start with an element');
    expect(parserLimitProblem('Text <Fee id="x" /> here.\n\n'.repeat(n), true)).toBeUndefined();
  });
  it('refuses more character references in one paragraph than the limit, in Markdown and MDX', () => {
    const references = 'a &amp; b &#x6a; c\n'.repeat(parserLimits.referencesPerParagraph / 2);
    for (const mdx of [true, false]) {
      expect(parserLimitProblem(`${references}\n${references}`, mdx)).toBeUndefined();
      expect(parserLimitProblem(`${references}&nbsp;`, mdx)).toMatchObject({
        offset: references.length,
        message: expect.stringContaining('character references'),
      });
      expect(parserLimitProblem('R&D, T & C, &#; and &nbsp without a semicolon\n'.repeat(200), mdx)).toBeUndefined();
    }
  });
  it('reads what follows an unmatched backtick, which opens no code span', () => {
    // Unclosed elements after a lone backtick are counted, as the parser sees them.
    expect(parserLimitProblem('A ` then <span hidden>\n\n'.repeat(parserLimits.elements + 1), true)?.message).toContain(
      'elements are nested',
    );
    // A matched span still hides its content, whatever other backticks the paragraph holds.
    expect(parserLimitProblem(`${'`` a ` <span> ``\n'.repeat(parserLimits.elements + 1)}`, true)).toBeUndefined();
    // Many unmatched runs of many lengths cost one pass.
    const runs = Array.from({ length: 2_000 }, (_, n) => '`'.repeat((n % 50) + 1)).join(' x ');
    expect(parserLimitProblem(runs.slice(0, 4_900), true)).toBeUndefined();
  });
});
