import { describe, expect, it } from 'vitest';
import { overlappingWindows } from '../../src/domain/status/maintenance-windows.ts';

const window = (components: string[], start: string, end: string) => ({
  components,
  scheduledStart: `2026-12-02T${start}:00Z`,
  scheduledEnd: `2026-12-02T${end}:00Z`,
});

describe('overlappingWindows', () => {
  it('finds a window that starts before another on the same component ends', () => {
    expect(overlappingWindows([window(['dns'], '10:00', '12:00'), window(['dns'], '11:00', '13:00')])).toEqual([
      [1, 0, 'dns'],
    ]);
  });
  it('names the window still open: one long window overlaps two short ones that follow each other', () => {
    expect(
      overlappingWindows([
        window(['dns'], '08:00', '18:00'),
        window(['dns'], '09:00', '10:00'),
        window(['dns'], '11:00', '12:00'),
      ]),
    ).toEqual([
      [1, 0, 'dns'],
      [2, 0, 'dns'],
    ]);
  });
  it('accepts windows that only touch, and windows on other components', () => {
    expect(
      overlappingWindows([
        window(['dns'], '10:00', '12:00'),
        window(['dns'], '12:00', '13:00'),
        window(['portal'], '10:30', '11:00'),
      ]),
    ).toEqual([]);
  });
  it('compares instants, whatever the offset they are written with', () => {
    const pacific = {
      components: ['dns'],
      scheduledStart: '2026-12-02T03:00:00-08:00',
      scheduledEnd: '2026-12-02T04:00:00-08:00',
    };
    expect(overlappingWindows([window(['dns'], '10:00', '12:00'), pacific])).toEqual([[1, 0, 'dns']]);
  });
  it('reports each overlap once per shared component', () => {
    expect(
      overlappingWindows([window(['dns', 'portal'], '10:00', '12:00'), window(['portal', 'dns'], '11:00', '13:00')]),
    ).toEqual([
      [1, 0, 'dns'],
      [1, 0, 'portal'],
    ]);
  });
});
