/**
 * Normalises text before any rule matches it, so that the usual evasions
 * fail: full-width or stylised letters (NFKC), zero-width characters and soft
 * hyphens hidden inside words, Cyrillic and Greek letters that look Latin, and
 * runs of white space. Every character of the result remembers where it came
 * from, so a match still points at the text as written.
 */

/** Characters removed outright: zero-width spaces and joiners, word joiner, BOM, soft hyphen, bidi marks. */
const invisible = new Set([
  0x00ad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x180e, 0x034f,
]);

/**
 * Look-alike letters folded to their Latin twin. The list covers the
 * Cyrillic and Greek letters that render identically to Latin ones in common
 * fonts (Unicode's confusables data, restricted to single letters).
 */
const lookAlikes: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ɡ: 'g',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  υ: 'u',
  ι: 'i',
  κ: 'k',
  τ: 't',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2212': '-',
};

/** Text ready for matching, with a map from each of its characters back to the original. */
export interface NormalizedText {
  text: string;
  /** `offsets[i]` is the index in the original text of normalised character `i`; one extra entry marks the end. */
  offsets: number[];
}

/**
 * Normalises `input` in one pass (linear in its length). Each original code
 * point is decomposed on its own, so the offset map stays exact.
 */
export function normalizeText(input: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let lastWasSpace = true;
  // Characters kept as written are copied a run at a time, from `run` to where the run ends: adding
  // them one by one would make a string object per character for the collector to sweep.
  let run = -1;
  for (let index = 0; index < input.length;) {
    const code = input.codePointAt(index) ?? 0;
    // ASCII, nearly all of the text: nothing to fold or remove, only spaces to collapse.
    if (code < 0x80) {
      const space = code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
      if (!space || (code === 0x20 && !lastWasSpace)) {
        if (run === -1) run = index;
        offsets.push(index);
        lastWasSpace = space;
      } else {
        if (run !== -1) text += input.slice(run, index);
        run = -1;
        if (!lastWasSpace) {
          text += ' ';
          offsets.push(index);
          lastWasSpace = true;
        }
      }
      index += 1;
      continue;
    }
    if (run !== -1) text += input.slice(run, index);
    run = -1;
    const width = code > 0xffff ? 2 : 1;
    const char = input.slice(index, index + width);
    if (!invisible.has(code)) {
      const folded = lookAlikes[char] ?? char.normalize('NFKC');
      for (const out of folded) {
        const mapped = lookAlikes[out] ?? out;
        if (
          mapped === ' ' ||
          mapped === '\n' ||
          mapped === '\t' ||
          mapped === '\r' ||
          (mapped > '\u007f' && /\s/u.test(mapped))
        ) {
          if (!lastWasSpace) {
            text += ' ';
            offsets.push(index);
            lastWasSpace = true;
          }
        } else {
          text += mapped;
          for (let k = 0; k < mapped.length; k += 1) offsets.push(index);
          lastWasSpace = false;
        }
      }
    }
    index += width;
  }
  if (run !== -1) text += input.slice(run);
  offsets.push(input.length);
  return { text, offsets };
}
