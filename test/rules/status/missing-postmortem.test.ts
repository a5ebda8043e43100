import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/status/missing-postmortem.ts';
import { treeDiagnostics } from '../../helpers/tree-check.ts';

describe('status/missing-postmortem', () => {
  it('accepts the sample incidents, whose major ones all have postmortems', async () => {
    expect(await treeDiagnostics(rule, () => {})).toEqual([]);
  });
  it('warns about a major incident resolved over 7 days ago without one, at its impact line', async () => {
    const result = await treeDiagnostics(rule, (t) => {
      const text = t.read('status/incidents/2026-08-27-north-fiber-cut.md');
      t.write('status/incidents/2026-08-27-north-fiber-cut.md', text.slice(0, text.indexOf('## What happened')));
    });
    expect(result).toEqual(['status/incidents/2026-08-27-north-fiber-cut.md:3:1']);
  });
  it('does not warn within the 7 days', async () => {
    const result = await treeDiagnostics(
      rule,
      (t) => {
        const text = t.read('status/incidents/2026-08-27-north-fiber-cut.md');
        t.write('status/incidents/2026-08-27-north-fiber-cut.md', text.slice(0, text.indexOf('## What happened')));
      },
      new Date('2026-08-30T00:00:00Z'),
    );
    expect(result).toEqual([]);
  });
});
