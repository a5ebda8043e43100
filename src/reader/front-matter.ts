/** A piece of a file: its text and the offset in the file where it starts. */
export interface Slice {
  text: string;
  start: number;
}

/** A Markdown or MDX file split into its YAML front matter and its body, as exact slices of the file. */
export interface FrontMatterSplit {
  /** The YAML between the `---` fences, or undefined when there is none. */
  yaml: Slice | undefined;
  /** Lines before the YAML: 1 (the opening fence). */
  yamlLineOffset: number;
  /** True when the file opens a front matter it never closes. */
  unclosed: boolean;
  /** The body after the closing fence (the whole file when there is no front matter). */
  body: Slice;
}

/**
 * Splits front matter from a Markdown or MDX file. Only a file that opens
 * with a `---` line has front matter, as in Astro; the closing fence is the
 * next line that is exactly `---`. One pass over the lines: linear in the file.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const lineEnd = (from: number) => {
    const end = text.indexOf('\n', from);
    return end === -1 ? text.length : end;
  };
  const line = (start: number, end: number) => text.slice(start, end).replace(/\r$/, '').trimEnd();
  const none = { yaml: undefined, yamlLineOffset: 1, body: { text, start: 0 } };
  const firstEnd = lineEnd(0);
  if (line(0, firstEnd) !== '---') return { ...none, unclosed: false };
  const yamlStart = Math.min(firstEnd + 1, text.length);
  for (let start = yamlStart; start < text.length;) {
    const end = lineEnd(start);
    if (line(start, end) === '---') {
      const bodyStart = Math.min(end + 1, text.length);
      return {
        yaml: { text: text.slice(yamlStart, start), start: yamlStart },
        yamlLineOffset: 1,
        unclosed: false,
        body: { text: text.slice(bodyStart), start: bodyStart },
      };
    }
    start = end + 1;
  }
  return { ...none, unclosed: true };
}
