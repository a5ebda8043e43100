import { describe, expect, it } from 'vitest';
import rule from '../../../../src/check/rules/status/unknown-component.ts';
import { treeDiagnostics } from '../../../helpers/tree-check.ts';

describe('status/unknown-component', () => {
  it('accepts the sample incidents and maintenance', () => {
    expect(treeDiagnostics(rule, () => {})).toEqual([]);
  });
  it('refuses an incident update naming a component that does not exist, where it is named', () => {
    const result = treeDiagnostics(rule, (t) =>
      t.replace(
        'status/incidents/2026-09-03-dns-slow.md',
        '{ id: dns, status: degraded_performance }',
        '{ id: dnz, status: degraded_performance }',
      ),
    );
    expect(result).toEqual(['status/incidents/2026-09-03-dns-slow.md:9:15']);
  });
  it('refuses maintenance naming a component that does not exist', () => {
    const result = treeDiagnostics(rule, (t) =>
      t.replace(
        'status/maintenance/2026-12-02-account-portal-upgrade.md',
        'components: [account-portal]',
        'components: [portal]',
      ),
    );
    expect(result).toEqual(['status/maintenance/2026-12-02-account-portal-upgrade.md:3:14']);
  });
});
