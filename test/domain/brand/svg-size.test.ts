import { describe, expect, it } from 'vitest';
import { svgSize } from '../../../src/domain/brand/svg-size.ts';

describe('svgSize', () => {
  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48">', { width: 48, height: 48 }],
    ['<svg width="120px" height="40px" viewBox="0 0 60 20">', { width: 120, height: 40 }],
    ["<svg viewBox='0 0 160 40'>", { width: 160, height: 40 }],
    ['<?xml version="1.0"?>\n<svg\n  viewBox="0,0,30.5,10"\n  width="100%">', { width: 30.5, height: 10 }],
  ])('reads %s', (svg, size) => {
    expect(svgSize(`${svg}<path d="M0 0h1"/></svg>`)).toEqual(size);
  });

  it.each(['<svg>', '<svg width="10em" height="2em">', '<svg viewBox="0 0 0 10">', 'not an image'])(
    'gives none for %s',
    (svg) => {
      expect(svgSize(svg)).toBeUndefined();
    },
  );

  it('reads only the root element, not a nested one', () => {
    expect(svgSize('<svg viewBox="0 0 20 10"><svg width="5" height="5"/></svg>')).toEqual({ width: 20, height: 10 });
  });
});
