/**
 * `npm run review`'s report on real git repositories: each change is made to
 * a copy of the sample content, the base read back from git, and the lines a
 * reviewer reads checked exactly, with the figures worked out by hand from
 * the sample content (Fiber 300: $45.00 a month, $75.00 installation).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reviewMarkdown, nothingChanges } from '../../src/domain/review/review-markdown.ts';
import { readContent } from '../../src/reader/read-content.ts';
import { readContentAt } from '../../src/reader/revision.ts';
import { reviewChange } from '../../src/rules/review-change.ts';
import { GitContentRepo } from '../helpers/git-repo.ts';

const now = new Date('2026-11-22T00:00:00Z');
let repo: GitContentRepo;
afterEach(() => repo?.dispose());

/** The review of the working tree against `base`, line by line. */
async function review(base = 'HEAD'): Promise<string[]> {
  const before = readContentAt(repo.root, 'content', base);
  const { changes, check } = await reviewChange(before.tree, readContent(repo.root, 'content'), now);
  return reviewMarkdown({ base: before, head: undefined, now }, changes, check).split('\n');
}

const refundsVersion = (effective: string, published: string, days: string) => `---
title: Refunds
summary: When we give money back, how much, and how fast.
keyPoints:
  - We refund unused days when you cancel.
  - We refund the installation fee if you cancel within 60 days of installation.
  - Refunds go back to the way you paid, within ${days} days.
effective: ${effective}
published: ${published}
changeType: material
changes:
  what: Refunds now arrive within ${days} days instead of 5.
  why: Our new bank pays out faster.
tags: [cancellation, fees]
---

## How fast

Refunds reach the card or bank account you paid with within ${days} days.
`;

describe('review: prices', () => {
  it('shows a plan whose price changes, old → new, with its 12- and 24-month totals', async () => {
    repo = new GitContentRepo();
    repo.replace(
      'pricing/plans/fiber-300.yaml',
      'price: { amount: 4500, currency: USD }',
      'price: { amount: 5000, currency: USD }',
    );
    const lines = await review();
    expect(lines).toContain('#### Fiber 300 (`fiber-300`)');
    expect(lines).toContain('| All-in price per month | $45.00 | $50.00 | +$5.00 |');
    expect(lines).toContain('| One-time charges | $75.00 | $75.00 | no change |');
    // 12 × $45 + $75 installation → 12 × $50 + $75; 24 months the same way.
    expect(lines).toContain('| Over 12 months | $615.00 | $675.00 | +$60.00 |');
    expect(lines).toContain('| Over 24 months | $1,155.00 | $1,275.00 | +$120.00 |');
    expect(lines.some((line) => /^Plan identifier: `FIBER-300-\w+` → `FIBER-300-\w+`\.$/.test(line))).toBe(true);
    expect(lines).not.toContain(nothingChanges);
    // Only the plan that changed is listed.
    expect(lines.filter((line) => line.startsWith('#### '))).toEqual(['#### Fiber 300 (`fiber-300`)']);
  });

  it('shows an introductory price change and the totals it moves', async () => {
    repo = new GitContentRepo();
    repo.replace(
      'pricing/plans/fiber-1000.yaml',
      'price: { amount: 5500, currency: USD }',
      'price: { amount: 4900, currency: USD }',
    );
    const lines = await review();
    expect(lines).toContain('| All-in price per month | $70.00 | $70.00 | no change |');
    expect(lines).toContain(
      '| Introductory all-in price per month | $55.00 for 6 months | $49.00 for 6 months | −$6.00 |',
    );
    // 6 × $55 + 6 × $70 + $75 → 6 × $49 + 6 × $70 + $75.
    expect(lines).toContain('| Over 12 months | $825.00 | $789.00 | −$36.00 |');
  });

  it('lists a new plan and a removed plan with their all-in prices', async () => {
    repo = new GitContentRepo();
    repo.write(
      'pricing/plans/fiber-500.yaml',
      repo.read('pricing/plans/fiber-300.yaml').replace('Fiber 300', 'Fiber 500'),
    );
    repo.git('rm', '-q', 'content/pricing/plans/fiber-2000.yaml');
    const lines = await review();
    expect(lines).toContain(
      '- New plan: **Fiber 500** (`fiber-500`): $45.00 per month all-in; one-time charges $75.00; ' +
        '$615.00 over 12 months, $1,155.00 over 24 months.',
    );
    expect(lines.some((line) => line.startsWith('- **Plan removed**: **Fiber 2 Gig** (`fiber-2000`)'))).toBe(true);
  });
});

describe('review: fees', () => {
  it('lists a new fee and a fee whose amount changes', async () => {
    repo = new GitContentRepo();
    repo.write(
      'pricing/fees.yaml',
      repo.read('pricing/fees.yaml') +
        `
- id: statement-copy
  name: Statement copy
  amount: { amount: 500, currency: USD }
  kind: conditional
  mandatory: false
  appliesWhen: When you ask us to post a printed copy of an old statement.
  why: Printing and posting a statement costs us about that much; every statement is free in your online account.
  refundable: false
`,
    );
    repo.replace(
      'pricing/fees.yaml',
      'amount: { amount: 7500, currency: USD }',
      'amount: { amount: 9900, currency: USD }',
    );
    const lines = await review();
    expect(lines).toContain(
      '- New fee: **Statement copy** (`statement-copy`): $5.00, conditional, optional; ' +
        'when it applies: When you ask us to post a printed copy of an old statement.',
    );
    expect(lines).toContain('- Fee changed: **Installation** (`installation`): amount $75.00 → $99.00.');
    // The plans that charge installation change too: their one-time charges.
    expect(lines).toContain('| One-time charges | $75.00 | $99.00 | +$24.00 |');
  });
});

describe('review: policies', () => {
  it('shows a new version with its effective date and the notice it gives, against policyNoticeDays', async () => {
    repo = new GitContentRepo();
    repo.write('policies/refunds/2027-01-05.mdx', refundsVersion('2027-01-05', '2026-11-21', '3'));
    repo.write(
      'policies/privacy/2026-12-01.mdx',
      repo
        .read('policies/privacy/2026-06-01.mdx')
        .replace('effective: 2026-06-01', 'effective: 2026-12-01')
        .replace(/published: \S+/, 'published: 2026-11-21'),
    );
    const lines = await review();
    // 21 November 2026 to 5 January 2027: 10 + 31 + 4 days.
    expect(lines).toContain(
      '- New version: **Refunds** (`refunds/2027-01-05`), material, takes effect 2027-01-05, published 2026-11-21: ' +
        "45 days' notice; 30 required for a material change. " +
        'What changes: Refunds now arrive within 3 days instead of 5.',
    );
    expect(lines.find((line) => line.includes('`privacy/2026-12-01`'))).toContain(
      "published 2026-11-21: ⚠️ **only** 10 days' notice; 30 required for a material change.",
    );
  });

  it('flags loudly a version in effect whose text changed, and a version removed', async () => {
    repo = new GitContentRepo();
    repo.replace('policies/refunds/2025-03-01.mdx', 'paid with within 10 days', 'paid with within 45 days');
    repo.git('rm', '-q', 'content/policies/privacy/2026-06-01.mdx');
    const lines = await review();
    expect(lines).toContain(
      '- ⚠️ **Version changed after publication: a version already in effect**: **Refunds** (`refunds/2025-03-01`): ' +
        'its text. Terms that differ (numbers, amounts, deadlines, quantifiers, negations, removed text): ' +
        '10, 45.',
    );
    expect(lines.some((line) => line.startsWith('- ⚠️ **Version removed: a version already in effect**: **'))).toBe(
      true,
    );
  });
});

describe('review: status', () => {
  it('shows an incident opened, one resolved and maintenance scheduled', async () => {
    repo = new GitContentRepo();
    const incident = (title: string, updates: string) =>
      `---\ntitle: ${title}\nimpact: minor\nupdates:\n${updates}---\n`;
    const update = (at: string, status: string, component: string) => {
      const componentStatus = status === 'resolved' ? 'operational' : 'degraded_performance';
      return (
        `  - at: ${at}\n    status: ${status}\n    message: We are looking into it.\n` +
        `    components:\n      - { id: ${component}, status: ${componentStatus} }\n`
      );
    };
    repo.write(
      'status/incidents/2026-11-21-dns-slow.md',
      incident('Web pages slow to open', update('2026-11-21T10:00:00Z', 'investigating', 'dns')),
    );
    const base = repo.commit('Open an incident');
    repo.write(
      'status/incidents/2026-11-21-dns-slow.md',
      incident(
        'Web pages slow to open',
        update('2026-11-21T10:00:00Z', 'investigating', 'dns') + update('2026-11-21T11:00:00Z', 'resolved', 'dns'),
      ),
    );
    repo.write(
      'status/incidents/2026-11-21-portal-slow.md',
      incident('Online account slow', update('2026-11-21T20:00:00Z', 'investigating', 'account-portal')),
    );
    repo.write(
      'status/maintenance/2026-12-09-dns-upgrade.md',
      '---\ntitle: DNS servers upgraded\ncomponents: [dns]\n' +
        'scheduledStart: 2026-12-09T10:00:00Z\nscheduledEnd: 2026-12-09T11:00:00Z\nupdates:\n' +
        '  - at: 2026-11-21T12:00:00Z\n    status: scheduled\n' +
        '    message: Web pages may open slowly for a few minutes.\n---\n',
    );
    const lines = await review(base);
    expect(lines).toContain(
      '- Maintenance scheduled: **DNS servers upgraded** (`2026-12-09-dns-upgrade`), ' +
        'scheduled for 2026-12-09T10:00:00Z, now scheduled.',
    );
    expect(lines).toContain(
      '- Incident resolved: **Web pages slow to open** (`2026-11-21-dns-slow`), started 2026-11-21T10:00:00Z, ' +
        'now resolved.',
    );
    expect(lines).toContain(
      '- Incident opened: **Online account slow** (`2026-11-21-portal-slow`), started 2026-11-21T20:00:00Z, ' +
        'now investigating.',
    );
  });
});

describe('review: status record edits', () => {
  it('flags loudly a past incident update that was edited, and shows a postmortem published', async () => {
    repo = new GitContentRepo();
    repo.replace('status/incidents/2026-11-19-support-chat.md', 'Chat is back.', 'Chat came back quickly.');
    const echo = 'status/incidents/2026-11-12-phone-echo.md';
    repo.write(echo, repo.read(echo).trimEnd() + '\n\nA faulty voice gateway added the echo. We replaced it.\n');
    const lines = await review();
    expect(lines).toContain(
      '- ⚠️ **Incident changed after customers read it**: **Chat unavailable for an hour** ' +
        '(`2026-11-19-support-chat`), started 2026-11-19T18:10:00Z, now resolved.',
    );
    expect(
      lines.some(
        (line) => line.startsWith('- Incident postmortem published: ') && line.includes('`2026-11-12-phone-echo`'),
      ),
    ).toBe(true);
  });
});

describe('review: entries that cannot be read', () => {
  const cannotBeRead = (what: string, ids: string) =>
    `- ⚠️ **${what} that cannot be read** (run \`npm run validate\`: the check says why): ${ids}.`;

  it('lists a policy version and an incident with a typo as unreadable, not as removed', async () => {
    repo = new GitContentRepo();
    repo.replace('policies/refunds/2025-03-01.mdx', 'changeType: material', 'changeType: materiel');
    repo.replace('status/incidents/2026-11-19-support-chat.md', 'impact: minor', 'impact: minr');
    const lines = await review();
    expect(lines).toContain(cannotBeRead('Policy versions', '`refunds/2025-03-01`'));
    expect(lines).toContain(cannotBeRead('Incidents', '`2026-11-19-support-chat`'));
    expect(lines.filter((line) => line.includes('removed'))).toEqual([]);
    expect(lines).not.toContain(nothingChanges);
  });

  it('lists an invalid fee, and a fee list that is not a list, as unreadable, not as removed', async () => {
    repo = new GitContentRepo();
    repo.replace('pricing/fees.yaml', 'amount: { amount: 7500, currency: USD }', 'amount: { amount: 75.00 }');
    const oneFee = await review();
    expect(oneFee).toContain(cannotBeRead('Fees', '`installation`'));
    expect(oneFee.filter((line) => line.includes('Fee removed'))).toEqual([]);

    repo.write('pricing/fees.yaml', 'installation: 7500\n');
    const wholeList = await review();
    expect(wholeList).toContain(cannotBeRead('The fee list', '`pricing/fees.yaml`'));
    expect(wholeList.filter((line) => line.includes('Fee removed'))).toEqual([]);
  });
});

describe('review: the transparency check', () => {
  it('shows a new problem and a new exception, while nothing customers see changes', async () => {
    repo = new GitContentRepo();
    repo.replace(
      'papers/how-we-set-our-prices.mdx',
      'This paper shows the sums.',
      'This paper shows the sums. Refunds are given at our sole discretion.\n\n' +
        "{/* plainsight-disable-next-line fee/undeclared-amount -- A rival's fee, quoted to compare. */}\n" +
        'Another provider charges $19 to print a bill.',
    );
    const lines = await review();
    expect(lines).toContain(nothingChanges);
    expect(lines).toContain('- New problems (1):');
    expect(
      lines.some((line) =>
        /^ {2}- `content\/papers\/how-we-set-our-prices\.mdx:10` error `gotcha\/sole-discretion`: /.test(line),
      ),
    ).toBe(true);
    expect(lines).toContain('- New exceptions, published on /transparency/ (1):');
    expect(lines).toContain(
      "  - `content/papers/how-we-set-our-prices.mdx:12` `fee/undeclared-amount`: A rival's fee, quoted to compare.",
    );
    expect(lines.some((line) => line.startsWith('The head has 1 check error in all'))).toBe(true);
  });

  it('lists an edit to a policy version in effect among the new problems, as npm run validate does', async () => {
    repo = new GitContentRepo();
    repo.replace('policies/refunds/2025-03-01.mdx', 'paid with within 10 days', 'paid with within 45 days');
    const lines = await review();
    expect(lines).toContain('- New problems (1):');
    expect(
      lines.some((line) =>
        /^ {2}- `content\/policies\/refunds\/2025-03-01\.mdx:\d+` error `record\/policy-version-edited`: /.test(line),
      ),
    ).toBe(true);
  });

  it('says in one line that nothing customers see changes for a typo fixed in a paper', async () => {
    repo = new GitContentRepo();
    // A paragraph above the paper's existing suppression moves it down two lines: it is not a new exception.
    repo.replace('papers/why-no-early-termination-fee.mdx', '---\n\n', '---\n\nA short introduction.\n\n');
    repo.replace('papers/how-we-set-our-prices.mdx', 'This paper shows the sums.', 'This paper shows the sum.');
    const lines = await review();
    expect(lines.slice(0, 6)).toEqual([
      '## What customers will see change',
      '',
      `Compares \`HEAD\` (${repo.git('rev-parse', 'HEAD').slice(0, 12)}) with the working tree, ` +
        'as of 2026-11-22T00:00:00.000Z.',
      '',
      nothingChanges,
      '',
    ]);
    expect(lines).toContain('The transparency check finds no new problems and no new exceptions.');
  });
});
