import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageColors } from '../../../src/domain/brand/page-colors.ts';

const css = readFileSync('src/styles/global.css', 'utf8');

/** The value of a custom property in the first rule after `from` that sets it. */
function tokenAfter(from: number, name: string): string | undefined {
  const match = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6});`).exec(css.slice(from));
  return match?.[1]?.toLowerCase();
}

describe('the neutral colours the contrast check measures against', () => {
  it.each([
    ['light', css.indexOf(':root {')],
    ['dark', css.indexOf('@media (prefers-color-scheme: dark)')],
  ] as const)('are those of global.css in %s', (scheme, at) => {
    expect(at).toBeGreaterThanOrEqual(0);
    expect({
      background: tokenAfter(at, '--bg'),
      text: tokenAfter(at, '--text'),
      textMuted: tokenAfter(at, '--text-muted'),
    }).toEqual(pageColors[scheme]);
  });
});
