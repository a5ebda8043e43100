/**
 * Maps the characters of a parsed value (a Markdown text node, a YAML string)
 * back to their offsets in the source, where the parser removed escapes or
 * decoded entities. One forward walk over both strings: linear.
 */
export function alignToSource(value: string, source: string, sourceStart: number): number[] {
  const offsets: number[] = new Array(value.length);
  if (value === source) {
    for (let i = 0; i < value.length; i += 1) offsets[i] = sourceStart + i;
    return offsets;
  }
  let s = 0;
  for (let v = 0; v < value.length; v += 1) {
    // Look a few characters ahead for this one: past a backslash escape, an
    // entity, or a folded line break. Otherwise stay where we are.
    let found = -1;
    for (let k = s; k < Math.min(source.length, s + 12); k += 1) {
      if (source[k] === value[v]) {
        found = k;
        break;
      }
    }
    if (found === -1) {
      offsets[v] = sourceStart + Math.min(s, Math.max(0, source.length - 1));
    } else {
      offsets[v] = sourceStart + found;
      s = found + 1;
    }
  }
  return offsets;
}
