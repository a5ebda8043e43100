/**
 * The size an SVG draws at, from its root element: its `width` and `height`
 * when both are plain numbers (or pixels), else its `viewBox`. The header
 * writes it on the logo's <img>, so the page keeps the logo's room while it
 * loads and nothing moves.
 */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const start = svg.indexOf('<svg');
  const end = start === -1 ? -1 : svg.indexOf('>', start);
  if (end === -1) return undefined;
  const attributes = new Map(
    [...svg.slice(start, end).matchAll(/\s(width|height|viewBox)\s*=\s*(["'])([^"']*)\2/g)].map((match) => [
      match[1],
      match[3]?.trim() ?? '',
    ]),
  );
  const pixels = (value: string | undefined) => {
    const match = /^(\d+(?:\.\d+)?)(?:px)?$/.exec(value ?? '');
    return match ? Number(match[1]) : undefined;
  };
  const width = pixels(attributes.get('width'));
  const height = pixels(attributes.get('height'));
  if (width !== undefined && height !== undefined && width > 0 && height > 0) return { width, height };
  const box = (attributes.get('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [boxWidth, boxHeight] = [box[2], box[3]];
  if (box.length !== 4 || boxWidth === undefined || boxHeight === undefined) return undefined;
  return boxWidth > 0 && boxHeight > 0 ? { width: boxWidth, height: boxHeight } : undefined;
}
