import { describe, expect, it } from 'vitest';
import { changesPlaceholder, isPlaceholder, planPlaceholders } from '../../src/domain/scaffold-placeholders.ts';

describe('isPlaceholder', () => {
  it('knows every sentence the scaffolds write for the editor to replace', () => {
    expect(isPlaceholder(planPlaceholders.summary)).toBe(true);
    expect(isPlaceholder(` ${planPlaceholders.includes}\n`)).toBe(true);
    expect(isPlaceholder(changesPlaceholder('2025-03-01').what)).toBe(true);
    expect(isPlaceholder(changesPlaceholder('2026-12-15').why)).toBe(true);
  });
  it('leaves what an editor wrote alone, even when it starts the same way', () => {
    expect(isPlaceholder('For two people who stream and work from home.')).toBe(false);
    expect(isPlaceholder('Say what you need and we will help.')).toBe(false);
    expect(isPlaceholder('Say what is different from the version of 2025-03-01: refunds take 45 days.')).toBe(false);
  });
});
