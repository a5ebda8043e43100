import { describe, expect, it } from 'vitest';
import { pageUrl, spaceBlocks } from '../../src/integrations/search-index.ts';

describe('the search index integration', () => {
  it('spaces the block elements Pagefind would run together, and no others', () => {
    expect(spaceBlocks('<dl><dt>Impact</dt><dd>Major</dd></dl><p>a <b>b</b></p>')).toBe(
      '<dl><dt>Impact</dt> <dd>Major</dd> </dl> <p>a <b>b</b></p>',
    );
    expect(spaceBlocks('<tr><th scope="row">Fee</th><td>$5</td></TR>')).toBe(
      '<tr><th scope="row">Fee</th> <td>$5</td></TR> ',
    );
  });

  it('gives each built file the address Pagefind would', () => {
    expect(pageUrl('pricing/fees/index.html')).toBe('/pricing/fees/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
