/**
 * The record/* rules on a real git repository: the sample content committed
 * as the base, a change made in the working tree, and the whole check run
 * with the base read back from git, as `npm run validate` does.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readContentAt } from '../../../src/reader/revision.ts';
import { checkContent } from '../../../src/rules/check-content.ts';
import { allRules } from '../../../src/rules/index.ts';
import { GitContentRepo } from '../../helpers/git-repo.ts';
import { sampleNow } from '../../helpers/tree-check.ts';

const repo = new GitContentRepo();
const sample = repo.git('rev-parse', 'HEAD');
afterAll(() => repo.dispose());
// Each test starts from the sample content, committed.
afterEach(() => {
  repo.git('reset', '-q', '--hard', sample);
  repo.git('clean', '-fdq');
});

const recordRules = allRules.filter((rule) => rule.meta.id.startsWith('record/'));

/** Every diagnostic of a check of the working tree against `base`, as "file:line:column rule" and message. */
async function check(options: { base?: string; rules?: typeof allRules } = {}) {
  const base = options.base === undefined ? undefined : readContentAt(repo.root, 'content', options.base).tree;
  const result = await checkContent(repo.root, 'content', {
    rules: options.rules ?? recordRules,
    now: sampleNow,
    ...(base ? { base } : {}),
  });
  const found = result.files.flatMap((file) =>
    file.diagnostics.map((d) => ({
      at: `${d.file}:${d.line}:${d.column} ${d.ruleId}`,
      field: d.field,
      message: d.message,
    })),
  );
  return { at: found.map((d) => d.at), found, errors: result.errors };
}

const refunds = 'policies/refunds/2025-03-01.mdx';
const deadline = 'Refunds reach the card or bank account you paid with within 10 days.';
/** The refunds version in effect, with `edit` applied to its front matter (after `published:`). */
const withCorrection = (correction: string) =>
  repo.replace(refunds, 'changeType: material\n', `changeType: material\ncorrections:\n${correction}`);

describe('a policy version on the record', () => {
  it('edited from 10 to 45 days is refused at the number, with what it was and is', async () => {
    repo.replace(refunds, deadline, deadline.replace('10 days', '45 days'));
    const { found } = await check({ base: 'HEAD' });
    expect(found.map((d) => d.at)).toEqual([`content/${refunds}:27:61 record/policy-version-edited`]);
    expect(found[0]?.message).toMatch(
      /published on 2025-01-15.*"….*you paid with within 10 days\. If that.*" is now "….*within 45 days\. If/s,
    );
    expect(found[0]?.message).toContain('corrections');
  });

  it('edited in its front matter is refused at the field', async () => {
    repo.replace(refunds, '  - We refund unused days when you cancel.', '  - We refund unused weeks when you cancel.');
    repo.replace(refunds, 'published: 2025-01-15', 'published: 2025-01-10');
    expect((await check({ base: 'HEAD' })).found).toEqual([
      {
        at: `content/${refunds}:5:5 record/policy-version-edited`,
        field: 'keyPoints[0]',
        message: expect.stringContaining('"We refund unused days when you cancel." is now "We refund unused weeks'),
      },
      {
        at: `content/${refunds}:9:12 record/policy-version-edited`,
        field: 'published',
        message: expect.stringContaining('published was 2025-01-15 when this version was published'),
      },
    ]);
  });

  it('edited from 10 to 45 days as an editorial correction is still refused: it changes a number', async () => {
    repo.replace(refunds, deadline, deadline.replace('10 days', '45 days'));
    withCorrection('  - { date: 2026-11-21, what: Corrected the refund deadline, why: It was wrong }\n');
    const { found } = await check({ base: 'HEAD' });
    expect(found.map((d) => d.at)).toEqual([`content/${refunds}:29:61 record/correction-alters-terms`]);
    expect(found[0]?.message).toMatch(/deadlines, quantifiers or negations, or removes text \(10, 45\).*new version/s);
  });

  it('with a negation dropped under a correction is refused', async () => {
    repo.replace('policies/fair-use/2025-03-01.mdx', 'We never slow down your line', 'We slow down your line');
    repo.replace(
      'policies/fair-use/2025-03-01.mdx',
      'changeType: material\n',
      'changeType: material\ncorrections:\n  - { date: 2026-11-21, what: Shorter, why: Clarity }\n',
    );
    const { found } = await check({ base: 'HEAD' });
    expect(found.map((d) => d.at.split(' ')[1])).toEqual(['record/correction-alters-terms']);
    expect(found[0]?.message).toContain('(never)');
  });

  const billing = 'policies/billing-and-late-payments/2025-03-01.mdx';
  const correction = '  - { date: 2026-11-21, what: Clearer wording, why: Readers asked }\n';
  /** Makes `edits` under a correction in `file` and returns the record rules' ids and messages. */
  async function corrected(file: string, edits: Array<[string, string]>, base = 'HEAD') {
    for (const [from, to] of edits) repo.replace(file, from, to);
    repo.replace(file, 'changeType: material\n', `changeType: material\ncorrections:\n${correction}`);
    const { found } = await check({ base });
    return found.map(
      (d) => `${d.at.split(' ')[1] ?? ''} ${d.field || 'text'} ${d.message.match(/\(([^)]*)\)/)?.[1] ?? ''}`,
    );
  }

  it.each<[string, string, Array<[string, string]>, string]>([
    ['a unit of a deadline', refunds, [['within 10 days. If', 'within 10 weeks. If']], 'text day, week'],
    [
      'a deadline word',
      refunds,
      [['if you cancel within 30 days of installation', 'if you cancel after 30 days']],
      'keyPoints[1] within, after',
    ],
    ['a quantifier', refunds, [['every full day you paid', 'some days you paid']], 'text every, full, some'],
    [
      'a fee shown by a component',
      billing,
      [['<Fee id="late-payment" />', '<Fee id="returned-payment" />']],
      'text <Fee id="late-payment" />, <Fee id="returned-payment" />',
    ],
    [
      'a bullet deleted',
      refunds,
      [['- **We charged you by mistake:** we refund the whole amount, and tell you what went wrong.\n', '']],
      'text by, whole, a sentence removed',
    ],
    [
      'a sentence deleted',
      refunds,
      [[' If that card or account is closed, we send a cheque to the address you give us.', '']],
      'text a sentence removed',
    ],
  ])('with %s under a correction is refused', async (_kind, file, edits, expected) => {
    expect(await corrected(file, edits)).toEqual([`record/correction-alters-terms ${expected}`]);
  });

  it('with a key point deleted under a correction is refused', async () => {
    const point = '  - We tell you when a refund is on its way.\n';
    repo.replace(refunds, 'effective: 2025-03-01\n', `${point}effective: 2025-03-01\n`);
    const base = repo.commit('A fourth key point');
    expect(await corrected(refunds, [[point, '']], base)).toEqual([
      'record/correction-alters-terms keyPoints a sentence removed',
    ]);
  });

  it('with a negation written with a typographic apostrophe dropped under a correction is refused', async () => {
    repo.replace(refunds, 'but did not use', 'but didn\u2019t use');
    const base = repo.commit('A contraction on the record');
    expect(await corrected(refunds, [['but didn\u2019t use', 'but did use']], base)).toEqual([
      "record/correction-alters-terms text didn't",
    ]);
  });

  it('with a fee written over several lines changed under a correction is refused', async () => {
    repo.replace(billing, '<Fee id="late-payment" />', '<Fee\n  id="late-payment"\n/>');
    const base = repo.commit('A component over three lines');
    expect(await corrected(billing, [['  id="late-payment"', '  id="returned-payment"']], base)).toEqual([
      'record/correction-alters-terms text <Fee id="late-payment" />, <Fee id="returned-payment" />',
    ]);
  });

  it('with a clumsy sentence reworded under a correction passes every rule', async () => {
    repo.replace(
      refunds,
      'If that card or account is closed, we send a cheque to the address you give us.',
      'If that card or account has been closed, we post a cheque to the address you give us.',
    );
    withCorrection('  - { date: 2026-11-21, what: Clearer wording, why: Readers asked }\n');
    const { at, errors } = await check({ base: 'HEAD', rules: allRules });
    expect(at).toEqual([]);
    expect(errors).toBe(0);
  });

  it('with a typo fixed and recorded as an editorial correction passes every rule', async () => {
    // The typo is on the record first.
    repo.replace(refunds, 'we send a cheque', 'we send a chequ');
    const withTypo = repo.commit('A typo slips in');
    expect((await check({ base: withTypo })).at).toEqual([]);
    repo.replace(refunds, 'we send a chequ', 'we send a cheque');
    // Without its correction the fix is an edit like any other.
    expect((await check({ base: withTypo })).at).toEqual([`content/${refunds}:27:120 record/policy-version-edited`]);
    withCorrection('  - date: 2026-11-21\n    what: Fixed the spelling of "cheque".\n    why: A typo.\n');
    const { at, errors } = await check({ base: withTypo, rules: allRules });
    expect(at).toEqual([]);
    expect(errors).toBe(0);
  });

  it('keeps its corrections: one on the record cannot be changed later', async () => {
    withCorrection('  - { date: 2026-11-21, what: Fixed a typo, why: A reader spotted it }\n');
    const corrected = repo.commit('A correction');
    repo.replace(refunds, 'what: Fixed a typo', 'what: Fixed two typos');
    const { found } = await check({ base: corrected });
    expect(found).toEqual([
      {
        at: `content/${refunds}:12:5 record/policy-version-edited`,
        field: 'corrections[0]',
        message: expect.stringContaining('The correction of 2026-11-21 is on the record and was changed or removed'),
      },
    ]);
  });

  it('deleted is refused, naming the file', async () => {
    repo.git('rm', '-q', `content/${refunds}`);
    const { found } = await check({ base: 'HEAD' });
    expect(found.map((d) => d.at)).toEqual([`content/${refunds}:1:1 record/policy-version-removed`]);
    expect(found[0]?.message).toMatch(/"refunds" \(published 2025-01-15, effective 2025-03-01\).*deleted or renamed/);
  });

  it('renamed is refused as deleted', async () => {
    repo.git('mv', 'content/policies/privacy/2026-06-01.mdx', 'content/policies/privacy/2026-06-02.mdx');
    expect((await check({ base: 'HEAD' })).at).toEqual([
      'content/policies/privacy/2026-06-01.mdx:1:1 record/policy-version-removed',
    ]);
  });

  it('published but not yet in effect is on the record too', async () => {
    // Published 2026-11-10, in effect 2026-12-15: customers have been given notice of these words.
    repo.replace('policies/refunds/2026-12-15.mdx', 'within 5 days instead of 10', 'within 7 days instead of 10');
    const { found } = await check({ base: 'HEAD' });
    expect(found.map((d) => [d.at, d.field])).toEqual([
      ['content/policies/refunds/2026-12-15.mdx:13:9 record/policy-version-edited', 'changes.what'],
    ]);
  });
});

describe('a policy version not yet published', () => {
  it('may change freely, and a new version may be added', async () => {
    const draft = repo
      .read('policies/fair-use/2025-03-01.mdx')
      .replace('effective: 2025-03-01', 'effective: 2027-01-15')
      .replace('published: 2025-01-15', 'published: 2026-12-01')
      .replace('changeType: material\n', 'changeType: material\nchanges:\n  what: New wording.\n  why: Clarity.\n');
    repo.write('policies/fair-use/2027-01-15.mdx', draft);
    // Added: nothing on the record is touched.
    expect((await check({ base: 'HEAD' })).at).toEqual([]);
    const withDraft = repo.commit('A draft to be published on 1 December');
    repo.replace('policies/fair-use/2027-01-15.mdx', 'We never slow down your line', 'We slow down your line');
    const { at, errors } = await check({ base: withDraft, rules: allRules });
    expect(at).toEqual([]);
    expect(errors).toBe(0);
  });
});

describe('incident and maintenance updates', () => {
  const chat = 'status/incidents/2026-11-19-support-chat.md';
  const maintenance = 'status/maintenance/2026-12-02-account-portal-upgrade.md';
  /** Adds an update at the end of the planned maintenance's list. */
  const appendUpdate = (at: string, status: string, message: string) =>
    repo.write(
      maintenance,
      repo
        .read(maintenance)
        .replace('\n---\n', `\n  - at: ${at}\n    status: ${status}\n    message: ${message}\n---\n`),
    );

  it('a posted update edited is refused, saying which and how', async () => {
    repo.replace(chat, 'phone waits are under five minutes', 'phone waits are short');
    repo.replace(chat, 'status: investigating', 'status: identified');
    const { found } = await check({ base: 'HEAD' });
    expect(found).toEqual([
      {
        at: `content/${chat}:5:5 record/status-update-edited`,
        field: 'updates[0]',
        message: expect.stringMatching(
          new RegExp(
            'posted at 2026-11-19T18:10:00.000Z.*its status investigating → identified; ' +
              'its message "….*phone waits are under five minutes\\." → "….*phone waits are short\\."',
          ),
        ),
      },
    ]);
  });

  it('a posted update removed is refused', async () => {
    const text = repo.read(chat);
    repo.write(chat, text.slice(0, text.indexOf('  - at: 2026-11-19T19:05:00Z')) + '---\n');
    const { found } = await check({ base: 'HEAD' });
    expect(found.map((d) => d.at)).toEqual([`content/${chat}:4:1 record/status-update-edited`]);
    expect(found[0]?.message).toContain(
      'The update posted at 2026-11-19T19:05:00.000Z is on the record and was removed',
    );
  });

  it('an incident file deleted is refused, naming the file', async () => {
    repo.git('rm', '-q', `content/${chat}`);
    expect((await check({ base: 'HEAD' })).at).toEqual([`content/${chat}:1:1 record/status-update-edited`]);
  });

  it('a new update appended passes every rule', async () => {
    appendUpdate('2026-11-21T17:00:00Z', 'scheduled', 'The work is still planned for 2 December.');
    const { at, errors } = await check({ base: 'HEAD', rules: allRules });
    expect(at).toEqual([]);
    expect(errors).toBe(0);
  });

  it('an update not yet posted at the check may still change', async () => {
    appendUpdate('2026-12-02T10:00:00Z', 'in_progress', 'Started.');
    const planned = repo.commit('An update written ahead');
    repo.replace(maintenance, 'message: Started.', 'message: The work has started.');
    expect((await check({ base: planned })).at).toEqual([]);
  });
});

describe('without a base', () => {
  it('the record rules judge nothing', async () => {
    repo.replace(refunds, deadline, deadline.replace('10 days', '45 days'));
    repo.git('rm', '-q', 'content/status/incidents/2026-11-19-support-chat.md');
    expect((await check()).at).toEqual([]);
    expect((await check({ base: 'HEAD' })).at).toHaveLength(2);
  });
});
