import fc from 'fast-check';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { papersFeed, papersByLastChange } from '../../src/domain/papers/papers-feed.ts';
import { byKind, itemsWithTag, relatedItems, type TopicalItem } from '../../src/domain/papers/topics.ts';

const item = (kind: TopicalItem['kind'], id: string, tags: string[], date = '2026-01-01'): TopicalItem => ({
  kind,
  id,
  title: id,
  summary: '',
  href: `/${id}/`,
  tags,
  date,
});

describe('relatedItems', () => {
  const items = [
    item('paper', 'subject', ['a', 'b']),
    item('paper', 'one-shared-old', ['a'], '2025-01-01'),
    item('paper', 'one-shared-new', ['b'], '2026-06-01'),
    item('policy', 'two-shared', ['b', 'a', 'c'], '2020-01-01'),
    item('plan', 'none-shared', ['c']),
    item('plan', 'subject', ['a']),
  ];
  it('ranks by shared tags, then newest first, and never returns the subject itself', () => {
    expect(
      relatedItems({ kind: 'paper', id: 'subject', tags: ['a', 'b'] }, items).map((i) => `${i.kind}:${i.id}`),
    ).toEqual([
      'policy:two-shared',
      'paper:one-shared-new',
      // A plan with the same id as the paper is a different thing.
      'plan:subject',
      'paper:one-shared-old',
    ]);
  });
  it('finds nothing for an untagged subject', () => {
    expect(relatedItems({ kind: 'paper', id: 'x', tags: [] }, items)).toEqual([]);
  });
  it('breaks ties on date by title, so file order never matters', () => {
    const tied = [item('paper', 'b', ['t']), item('paper', 'a', ['t'])];
    expect(relatedItems({ kind: 'plan', id: 'p', tags: ['t'] }, tied).map((i) => i.id)).toEqual(['a', 'b']);
    expect(relatedItems({ kind: 'plan', id: 'p', tags: ['t'] }, [...tied].reverse()).map((i) => i.id)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('itemsWithTag and byKind', () => {
  it('lists the tagged items newest first and groups them by kind in order', () => {
    const items = [
      item('plan', 'p', ['x'], '2024-01-01'),
      item('paper', 'old', ['x'], '2023-01-01'),
      item('paper', 'new', ['x'], '2026-01-01'),
      item('policy', 'q', ['y']),
    ];
    const tagged = itemsWithTag('x', items);
    expect(tagged.map((i) => i.id)).toEqual(['new', 'p', 'old']);
    const groups = byKind(tagged);
    expect(groups.paper.map((i) => i.id)).toEqual(['new', 'old']);
    expect(groups.plan.map((i) => i.id)).toEqual(['p']);
    expect(groups.policy).toEqual([]);
  });
});

describe('papersFeed', () => {
  const site = { name: 'Example Co', url: 'https://example.test/', locale: 'en-US' };
  const paper = (slug: string, published: string, updated?: string) => ({
    slug,
    title: slug,
    summary: `About ${slug} & more`,
    published,
    updated,
    authors: [{ name: 'A. Writer' }],
    topics: [{ id: 'pricing', label: 'Pricing' }],
  });
  it('orders papers by their last change: a revision moves a paper up', () => {
    const list = [paper('new', '2026-05-01'), paper('revised', '2025-01-01', '2026-09-01'), paper('old', '2024-01-01')];
    expect(papersByLastChange(list).map((p) => p.slug)).toEqual(['revised', 'new', 'old']);
  });
  it('writes valid Atom with escaped text, even with no paper', () => {
    const xml = papersFeed([paper('a', '2026-01-01')], site);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<category label="Pricing" scheme="https://example.test/papers/tags/" term="pricing"/>');
    expect(xml).toContain('<updated>2026-01-01T00:00:00.000Z</updated>');
    const empty = papersFeed([], site);
    expect(SyntaxValidator.validate(empty)).toBe(true);
    expect(empty).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});

describe('relatedItems on any items', () => {
  it('orders exactly as sorting by shared tags, then newest, then title would', () => {
    const tag = fc.constantFrom('pricing', 'privacy', 'status', 'billing', 'support');
    const item = fc.record({
      kind: fc.constantFrom('paper' as const, 'policy' as const, 'plan' as const),
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      title: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
      summary: fc.constant(''),
      href: fc.constant('/'),
      tags: fc.uniqueArray(tag, { maxLength: 4 }),
      date: fc.constantFrom('2026-01-01', '2026-02-01', '2025-12-31'),
    });
    const bySorting = (subject: Pick<TopicalItem, 'kind' | 'id' | 'tags'>, items: readonly TopicalItem[]) =>
      items
        .filter((other) => !(other.kind === subject.kind && other.id === subject.id))
        .map((other) => ({ other, score: other.tags.filter((t) => subject.tags.includes(t)).length }))
        .filter(({ score }) => score > 0)
        .sort(
          (x, y) =>
            y.score - x.score ||
            y.other.date.localeCompare(x.other.date) ||
            x.other.title.localeCompare(y.other.title) ||
            x.other.id.localeCompare(y.other.id),
        )
        .map(({ other }) => other);
    fc.assert(
      fc.property(item, fc.array(item, { maxLength: 30 }), (subject, items) => {
        expect(relatedItems(subject, items)).toEqual(bySorting(subject, items));
      }),
      { numRuns: 1_000, seed: 3 },
    );
  });
});
