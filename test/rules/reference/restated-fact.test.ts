import { describe, expect, it } from 'vitest';
import type { ProseKind } from '../../../src/reader/layout.ts';
import { readContent } from '../../../src/reader/read-content.ts';
import { checkText } from '../../../src/rules/engine.ts';
import { factsOf } from '../../../src/rules/facts.ts';
import recordComponent from '../../../src/rules/reference/record-component.ts';
import restatedFact from '../../../src/rules/reference/restated-fact.ts';
import type { ProseRule } from '../../../src/rules/rule.ts';
import { projectRoot } from '../../helpers/content-tree.ts';

// The sample refunds policy declares installation-fee-refund-window: 30 days
// from 2025-03-01, 60 days from 2026-12-15. Each "today" is fixed here.
const tree = readContent(projectRoot, 'content');
const before = factsOf(tree, new Date('2026-11-21T12:00:00Z'));
const after = factsOf(tree, new Date('2026-12-20T12:00:00Z'));

function found(rule: ProseRule, file: string, kind: ProseKind, code: string, facts = before) {
  return checkText(file, code, kind, { rules: [rule], facts }).diagnostics.filter((d) => d.ruleId === rule.meta.id);
}
const fee = (note: string) => `- id: x\n  refundNote: ${note}\n`;

describe('reference/restated-fact', () => {
  it('refuses a typed number that a scheduled version will change, before it changes', () => {
    const [problem, ...rest] = found(
      restatedFact,
      'pricing/fees.yaml',
      'pricing',
      fee('Refunded in full if you cancel within 30 days of installation.'),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 2, column: 53 });
    expect(problem?.message).toBe(
      'This says 30 days, but from December 15, 2026 the refunds policy says 60 days (how long after ' +
        'installation you can cancel and have the installation fee refunded). Quote the fact instead of ' +
        'typing it, so the page follows the policy: {fact:refunds/installation-fee-refund-window}.',
    );
  });
  it('refuses a number that differs from the one in effect, in words too', () => {
    const [problem] = found(
      restatedFact,
      'papers/example.mdx',
      'paper',
      'We refund the installation fee if you leave within ninety days.',
      after,
    );
    expect(problem?.message).toContain('This says ninety days, but the refunds policy says 60 days');
    expect(problem?.message).toContain('<PolicyFact policy="refunds" fact="installation-fee-refund-window" />');
  });
  it('accepts the number in effect once no change is scheduled, and sentences about other things', () => {
    expect(
      found(restatedFact, 'papers/a.mdx', 'paper', 'We refund the installation fee within 60 days.', after),
    ).toEqual([]);
    expect(found(restatedFact, 'papers/a.mdx', 'paper', 'Installation takes 3 hours.')).toEqual([]);
    expect(found(restatedFact, 'papers/a.mdx', 'paper', 'Refunds arrive within 5 days.')).toEqual([]);
  });
  it('reads a policy version against its own facts, and the previous value where it says what changed', () => {
    const version = (body: string, changes = 'The window is now 60 days of installation instead of 30 days.') =>
      '---\ntitle: Refunds\nchanges:\n  what: ' + changes + '\n---\n\n' + body + '\n';
    const file = 'policies/refunds/2026-12-15.mdx';
    expect(found(restatedFact, file, 'policy', version('We refund the installation fee within 60 days.'))).toEqual([]);
    const wrong = found(restatedFact, file, 'policy', version('We refund the installation fee within 30 days.'));
    expect(wrong.map((d) => [d.line, d.message.slice(0, 63)])).toEqual([
      [7, 'This says 30 days, but the refunds policy says 60 days (how lon'],
    ]);
    expect(
      found(
        restatedFact,
        'policies/refunds/2025-03-01.mdx',
        'policy',
        'We refund the installation fee within 30 days.',
      ),
    ).toEqual([]);
  });
});

describe('reference/record-component', () => {
  it('accepts components and references that name what the record has', () => {
    const paper =
      'Within <PolicyFact policy="refunds" fact="installation-fee-refund-window" />. ' +
      '<IncidentCount from="2026-08-01" to="2026-11-30" minImpact="major" cause="power" />\n\n' +
      '<IncidentCauses from="2026-08-01" to="2026-11-30" />\n\n' +
      'Up <Uptime component="dns" from="2026-08-01" to="2026-11-30" />.';
    expect(found(recordComponent, 'papers/a.mdx', 'paper', paper)).toEqual([]);
    expect(
      found(
        recordComponent,
        'pricing/fees.yaml',
        'pricing',
        fee('Within {fact:refunds/installation-fee-refund-window}.'),
      ),
    ).toEqual([]);
  });
  it('refuses an unknown fact, a bad period and a reference where nothing fills it in', () => {
    const messages = (file: string, kind: ProseKind, code: string) =>
      found(recordComponent, file, kind, code).map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(messages('papers/a.mdx', 'paper', 'Within <PolicyFact policy="refunds" fact="window" />.')).toEqual([
      '1:8 The refunds policy declares no fact "window". It declares: installation-fee-refund-window.',
    ]);
    expect(messages('papers/a.mdx', 'paper', '<IncidentCount from="2026-11-30" to="2026-08" cause="rain" />')).toEqual([
      '1:1 "to" must be a date written YYYY-MM-DD, not "2026-08".',
      '1:1 "cause" must be one of "change", "equipment", "damage", "supplier", "power", "other", not "rain".',
    ]);
    const unknownComponent = [
      '1:4 <Uptime> names the component "dnss", but status/components.yaml has no such component.',
      'Did you mean "dns"? Known components: account-portal, dns, fiber-north, fiber-south, home-phone, support-lines.',
    ].join(' ');
    const uptime = 'Up <Uptime component="dnss" from="2026-08-01" to="2026-11-30" />.';
    expect(messages('papers/a.mdx', 'paper', uptime)).toEqual([unknownComponent]);
    expect(messages('papers/a.mdx', 'paper', '<IncidentCauses from="2026-11-30" to="2026-08-01" />')).toEqual([
      '1:1 <IncidentCauses> counts from 2026-11-30 to 2026-08-01: "from" must not be after "to".',
    ]);
    expect(
      messages('status/incidents/a.md', 'status', 'Refunds take {fact:refunds/installation-fee-refund-window}.'),
    ).toEqual([
      '1:14 A fact can be written as {fact:…} only in the pricing files (plans and fees.yaml), which fill it in. ' +
        'Here, link to the policy instead.',
    ]);
  });
});
