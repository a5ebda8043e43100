import { describe, expect, it } from 'vitest';
import { earliestEffective, nextVersionText } from '../../src/domain/policies/policy-version-file.ts';

describe('earliestEffective', () => {
  it.each([
    ['material, notice decides', 'material', ['2025-03-01'], '2026-12-22'],
    ['editorial, today', 'editorial', ['2025-03-01'], '2026-11-22'],
    ['editorial, after a version scheduled later', 'editorial', ['2025-03-01', '2026-12-15'], '2026-12-16'],
    ['material, after a version scheduled beyond the notice', 'material', ['2027-01-31', '2025-03-01'], '2027-02-01'],
    ['material, no version yet', 'material', [], '2026-12-22'],
  ] as const)('%s', (_, changeType, dates, expected) => {
    expect(earliestEffective('2026-11-22', changeType, 30, dates)).toBe(expected);
  });
});

describe('nextVersionText', () => {
  const previous = [
    '---',
    'title: Refunds',
    '# Kept: a comment the editor wrote.',
    'effective: 2025-03-01',
    'published: 2025-02-01',
    'changeType: material',
    'changes:',
    '  what: Old what.',
    '  why: Old why.',
    'tags: [fees]',
    'corrections:',
    '  - date: 2025-03-05',
    '    what: Fixed a typo.',
    '    why: A typo.',
    '---',
    '',
    'Body text.',
    '',
  ].join('\n');

  it('sets the dates and kind, replaces changes, drops the old corrections, keeps comments and the body', () => {
    const text = nextVersionText(previous, {
      effective: '2026-12-22',
      published: '2026-11-22',
      changeType: 'editorial',
      previousEffective: '2025-03-01',
    });
    expect(text).toBe(
      [
        '---',
        'title: Refunds',
        '# Kept: a comment the editor wrote.',
        'effective: 2026-12-22',
        'published: 2026-11-22',
        'changeType: editorial',
        'changes:',
        '  # Fill in: what changed since the version of 2025-03-01, and why, in words customers read.',
        '  what: Say what is different from the version of 2025-03-01, in plain words.',
        '  why: Say why it changed.',
        'tags: [fees]',
        '---',
        '',
        'Body text.',
        '',
      ].join('\n'),
    );
  });
});
