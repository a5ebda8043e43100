import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/fee/early-termination-undisclosed.ts';
import { treeReport } from '../../helpers/tree-check.ts';

const plan = 'pricing/plans/fiber-300-ridge-road.yaml';
const leaving = (text: string) =>
  treeReport(rule, (tree) =>
    tree.replace(
      plan,
      'earlyTermination: If you cancel in your first 12 months, you pay $15 for each month left, at most $180. ' +
        'The charge goes down every month and is gone after your first year.',
      `earlyTermination: ${text}`,
    ),
  );

describe('fee/early-termination-undisclosed', () => {
  it('accepts the sample plans, and a term whose exit costs nothing or names its amount', async () => {
    expect(await treeReport(rule, () => {})).toEqual([]);
    expect(await leaving('None. You lose the price lock, nothing else.')).toEqual([]);
    expect(await leaving('$15 for each month left, at most $180.')).toEqual([]);
  });
  it('refuses a term whose exit charge names no amount, at its earlyTermination', async () => {
    expect(await leaving('A fee applies if you leave early.')).toEqual([
      { at: `${plan}:11:3`, message: expect.stringContaining('12-month term') },
    ]);
  });
});
