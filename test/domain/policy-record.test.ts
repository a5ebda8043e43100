import { describe, expect, it } from 'vitest';
import { compareWithRecord, isOnRecord, type RecordedVersion } from '../../src/domain/policies/policy-record.ts';
import { rewrittenUpdates } from '../../src/domain/status/update-record.ts';

const version: RecordedVersion = {
  data: {
    title: 'Refunds',
    summary: 'When we give money back.',
    keyPoints: ['One.', 'Two.', 'Three.'],
    effective: '2026-12-15',
    published: '2026-11-10',
    changeType: 'material',
    changes: { what: 'Faster.', why: 'New processor.' },
    tags: ['fees'],
  },
  body: 'Refunds arrive within 5 days.\n\nWe send a cheque.\n',
};

describe('isOnRecord', () => {
  it.each([
    ['2026-11-09', false],
    ['2026-11-10', true],
    ['2026-12-20', true],
  ])('on %s: %s', (today, onRecord) => expect(isOnRecord(version.data, today)).toBe(onRecord));
  it('counts a version in effect even when its published date is wrongly later', () => {
    expect(isOnRecord({ effective: '2026-01-01', published: '2026-02-01' }, '2026-01-15')).toBe(true);
  });
});

describe('compareWithRecord', () => {
  it('finds nothing when only spacing, line breaks or tags changed', () => {
    const now = { data: { ...version.data, tags: [] }, body: 'Refunds arrive  within 5\ndays.\n\nWe send a cheque.\n' };
    expect(compareWithRecord(version, now)).toEqual({
      fixed: [],
      text: [],
      rewrittenCorrection: undefined,
      addedCorrections: 0,
    });
  });
  it('separates dates and change type from words, and gives the body its whole changed lines', () => {
    const now = {
      data: { ...version.data, published: '2026-11-01', keyPoints: ['One.', 'Two!', 'Three.', 'Four.'] },
      body: 'Refunds arrive within 7 days.\n\nWe send a check.\n',
    };
    const result = compareWithRecord(version, now);
    expect(result.fixed).toEqual([{ field: ['published'], before: '2026-11-10', after: '2026-11-01' }]);
    expect(result.text.map(({ field, before, after }) => [field, before, after])).toEqual([
      [['keyPoints', 1], 'Two.', 'Two!'],
      [['keyPoints', 3], '', 'Four.'],
      [['body'], 'Refunds arrive within 5 days.', 'Refunds arrive within 7 days.'],
      [['body'], 'We send a cheque.', 'We send a check.'],
    ]);
  });
  it('widens a changed line inside a component tag to the whole tag, and no further', () => {
    const record = { ...version, body: 'Intro.\n\nA <Fee\n  id="late-payment"\n/> fee applies.\n\nLater <b>.\n' };
    const now = { ...record, body: record.body.replace('late-payment', 'returned-payment').replace('Later', 'Then') };
    expect(compareWithRecord(record, now).text.map(({ before, after }) => [before, after])).toEqual([
      ['A <Fee\n  id="late-payment"\n/> fee applies.', 'A <Fee\n  id="returned-payment"\n/> fee applies.'],
      ['Later <b>.', 'Then <b>.'],
    ]);
  });
  it('reports what is gone once, at its list or block', () => {
    const { changes: _gone, ...withoutChanges } = version.data;
    const now = { ...version, data: { ...withoutChanges, keyPoints: ['One.', 'Two.', 'Three.'] } };
    expect(compareWithRecord(version, now).text.map(({ field, after }) => [field, after])).toEqual([[['changes'], '']]);
  });
  it('counts corrections added, and finds one on the record that was changed', () => {
    const first = { date: '2026-11-20', what: 'Typo.', why: 'A reader.' };
    const record = { ...version, data: { ...version.data, corrections: [first] } };
    const added = { ...version, data: { ...version.data, corrections: [first, { ...first, date: '2026-11-21' }] } };
    expect(compareWithRecord(record, added)).toMatchObject({ rewrittenCorrection: undefined, addedCorrections: 1 });
    const changed = { ...version, data: { ...version.data, corrections: [{ ...first, why: 'Me.' }] } };
    expect(compareWithRecord(record, changed)).toMatchObject({ rewrittenCorrection: 0, addedCorrections: 0 });
    expect(compareWithRecord(record, version)).toMatchObject({ rewrittenCorrection: 0 });
  });
});

describe('rewrittenUpdates', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  const posted = [
    {
      at: '2026-11-19T18:10:00Z',
      status: 'investigating',
      message: 'Down.',
      components: [{ id: 'a', status: 'major_outage' }],
    },
    {
      at: '2026-11-19T19:05:00Z',
      status: 'resolved',
      message: 'Back.',
      components: [{ id: 'a', status: 'operational' }],
    },
    { at: '2026-11-23T00:00:00Z', status: 'resolved', message: 'Not posted yet.' },
  ];
  it('accepts updates added after the posted ones, and changes to one not yet posted', () => {
    expect(rewrittenUpdates(posted, [...posted.slice(0, 2), { ...posted[2]!, message: 'Changed.' }], now)).toEqual([]);
    expect(rewrittenUpdates(posted, [...posted, { ...posted[2]!, at: '2026-11-24T00:00:00Z' }], now)).toEqual([]);
  });
  it('names each posted update edited, with the fields that changed, or removed', () => {
    const edited = [
      { ...posted[0]!, at: '2026-11-19T11:10:00-07:00', components: [] },
      { ...posted[1]!, status: 'monitoring' },
    ];
    expect(rewrittenUpdates(posted, edited, now)).toEqual([
      { index: 0, at: '2026-11-19T18:10:00Z', kind: 'edited', fields: ['components'] },
      { index: 1, at: '2026-11-19T19:05:00Z', kind: 'edited', fields: ['status'] },
    ]);
    expect(rewrittenUpdates(posted, posted.slice(0, 1), now)).toEqual([
      { index: 1, at: '2026-11-19T19:05:00Z', kind: 'removed', fields: [] },
    ]);
  });
});
