import { describe, expect, it } from 'vitest';
import { groupFees, planScope } from '../../src/domain/pricing/fee-groups.ts';
import type { FeeOnPlans } from '../../src/domain/pricing/priced-plan.ts';

const fee = (id: string, name: string, kind: 'one-time' | 'recurring' | 'conditional') =>
  ({ fee: { id, name, kind }, plans: [], mandatoryOn: [] }) as unknown as FeeOnPlans;

describe('the fee list', () => {
  it('groups fees by kind, recurring first, each group sorted by name; empty groups are left out', () => {
    const groups = groupFees(
      [
        fee('late', 'Late payment', 'conditional'),
        fee('install', 'Installation', 'one-time'),
        fee('911', '911 service charge', 'recurring'),
        fee('activation', 'Activation', 'one-time'),
      ],
      'en-US',
    );
    expect(groups.map((group) => [group.kind, group.fees.map((f) => f.fee.id)])).toEqual([
      ['recurring', ['911']],
      ['one-time', ['activation', 'install']],
      ['conditional', ['late']],
    ]);
    expect(groupFees([fee('late', 'Late', 'conditional')], 'en-US').map((g) => g.kind)).toEqual(['conditional']);
  });

  it('names the plans once: every plan, some by name, or none', () => {
    expect(planScope(['A', 'B', 'C'], 3, 'en-US')).toBe('every plan');
    expect(planScope(['A', 'B'], 3, 'en-US')).toBe('A and B');
    expect(planScope([], 3, 'en-US')).toBe('no plan at the moment');
  });
});
