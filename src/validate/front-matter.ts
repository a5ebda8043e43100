/** A Markdown or MDX file split into its YAML front matter and its body. */
export interface FrontMatterSplit {
  /** The YAML between the `---` fences, or undefined when there is none. */
  yaml: string | undefined;
  /** The 1-based line on which the YAML starts (the line after the opening fence). */
  yamlLine: number;
  /** The body after the closing fence. */
  body: string;
  /** The 1-based line on which the body starts. */
  bodyLine: number;
}

/**
 * Splits front matter from a Markdown or MDX file. Only a file that opens with
 * a `---` line has front matter, as in Astro; the closing fence is the next
 * line that is exactly `---`. Works line by line, so it is linear in the file.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return { yaml: undefined, yamlLine: 1, body: text, bodyLine: 1 };
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close === -1) return { yaml: undefined, yamlLine: 2, body: text, bodyLine: 1 };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
