import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/status/stale-incident.ts';
import { treeDiagnostics } from '../../helpers/tree-check.ts';

const open = (at: string) =>
  `---\ntitle: Slow speeds\nimpact: minor\nupdates:\n  - at: ${at}\n    status: investigating\n` +
  '    message: We are looking into it.\n---\n';

describe('status/stale-incident', () => {
  it('accepts resolved incidents and an open one updated within 24 hours', async () => {
    expect(
      await treeDiagnostics(rule, (t) => t.write('status/incidents/2026-11-21-open.md', open('2026-11-21T12:00:00Z'))),
    ).toEqual([]);
  });
  it('warns about an open incident with no update for more than 24 hours, at its last update', async () => {
    expect(
      await treeDiagnostics(rule, (t) => t.write('status/incidents/2026-11-20-open.md', open('2026-11-20T12:00:00Z'))),
    ).toEqual(['status/incidents/2026-11-20-open.md:5:9']);
  });
  it('judges the incident as customers see it now: a resolution not yet posted does not count', async () => {
    const resolvedLater = open('2026-11-20T12:00:00Z').replace(
      '    message: We are looking into it.\n---\n',
      '    message: We are looking into it.\n  - at: 2026-11-22T06:00:00Z\n    status: resolved\n' +
        '    message: Fixed.\n---\n',
    );
    expect(await treeDiagnostics(rule, (t) => t.write('status/incidents/2026-11-20-open.md', resolvedLater))).toEqual([
      'status/incidents/2026-11-20-open.md:5:9',
    ]);
  });
});
