import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PASSAGES_PER_PAGE, LATER_PAGE_FACTOR, laterPages, pageGroups, parsePage, passagesPerPage } from '@/lib/paging';
import { entityPassagesHref } from '@/lib/links';
import { asEntrySlug } from '@/lib/ids';

const groups = [
  { name: 'a', items: [1, 2, 3] },
  { name: 'b', items: [4, 5, 6, 7, 8] },
  { name: 'c', items: [9] },
];

describe('pages of passages', () => {
  afterEach(() => {
    delete process.env.SIGHTLINES_PASSAGES_PER_PAGE;
  });

  it('cuts groups into pages of at most the size, continuing a group on the next page', () => {
    const { pages, startPage } = pageGroups(groups, (g) => g.items, 4, 4);
    expect(pages.map((p) => p.map((s) => `${s.group.name}:${s.items.join('')}${s.continued ? '+' : ''}@${s.first}`))).toEqual([
      ['a:123@0', 'b:4@0'],
      ['b:5678+@1'],
      ['c:9@0'],
    ]);
    expect([...startPage].map(([g, n]) => `${g.name}${n}`)).toEqual(['a1', 'b1', 'c3']);
    // Every item exactly once, in order.
    expect(pages.flat().flatMap((s) => s.items)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('later pages hold more than the first (by default LATER_PAGE_FACTOR times as many)', () => {
    const paged = (first: number, later?: number) =>
      pageGroups(groups, (g) => g.items, first, later).pages.map((p) => p.map((s) => `${s.group.name}:${s.items.join('')}${s.continued ? '+' : ''}`));
    expect(paged(2, 5)).toEqual([['a:12'], ['a:3+', 'b:4567'], ['b:8+', 'c:9']]);
    expect(paged(3)).toEqual([['a:123'], ['b:45678', 'c:9']]); // later pages of 3 × LATER_PAGE_FACTOR
    const many = [{ name: 'x', items: Array.from({ length: 251 }, (_, i) => i) }];
    expect(pageGroups(many, (g) => g.items).pages.map((p) => p[0]!.items.length)).toEqual([50, 50 * LATER_PAGE_FACTOR, 50 * LATER_PAGE_FACTOR, 251 - 50 - 100 * LATER_PAGE_FACTOR]);
  });

  it('keeps everything on one page when it fits', () => {
    expect(pageGroups(groups, (g) => g.items, 9).pages).toHaveLength(1);
    expect(pageGroups([], (g: (typeof groups)[number]) => g.items, 9).pages).toEqual([[]]);
  });

  it('reads its size from the build setting, ignoring nonsense', () => {
    expect(passagesPerPage()).toBe(DEFAULT_PASSAGES_PER_PAGE);
    process.env.SIGHTLINES_PASSAGES_PER_PAGE = '12';
    expect(passagesPerPage()).toBe(12);
    for (const bad of ['0', '-3', '2.5', 'many', '']) {
      process.env.SIGHTLINES_PASSAGES_PER_PAGE = bad;
      expect(passagesPerPage()).toBe(DEFAULT_PASSAGES_PER_PAGE);
    }
  });

  it('parses only real later page numbers', () => {
    expect(laterPages(3)).toEqual(['2', '3']);
    expect(laterPages(1)).toEqual([]);
    expect(parsePage('2', 3)).toBe(2);
    for (const bad of ['1', '4', '02', 'x', '', '2.0', '9999999']) expect(parsePage(bad, 3), bad).toBeNull();
  });

  it('links page 1 to the entry itself', () => {
    expect(entityPassagesHref('places', asEntrySlug('china'), 1)).toBe('/places/china');
    expect(entityPassagesHref('places', asEntrySlug('china'), 2)).toBe('/places/china/passages/2');
  });
});
