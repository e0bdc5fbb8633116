import { describe, expect, it } from 'vitest';
import { buildCompareData, sharedItems } from '@/lib/compare/build';
import { excerpt } from '@/lib/compare/excerpt';
import { allPairs, pairKey, readPair, resolvePair } from '@/lib/compare/pairs';
import { itemKinds } from '@/lib/compare/types';
import { getLibrary } from '@/lib/library';

const NYT = 'nyt-dystopian-dreams';
const TIME = 'time-surveillance-state';
const TODAY = 'today-chongqing-privacy';
const CDT = 'cdt-surveillance-net';

const library = getLibrary();
const slugs = library.articles.map((a) => a.slug);
const data = buildCompareData(library, [NYT, TIME]);

/** An independent statement of "shared": the articles each item occurs in, straight from the annotated library. */
function articlesOf(kind: string, slug: string): Set<string> {
  if (kind === 'themes') return new Set((library.passagesByTheme.get(slug) ?? []).map((p) => p.article));
  if (kind === 'claims') return new Set((library.evidenceByClaim.get(slug) ?? []).map((e) => e.article));
  return new Set((library.mentionsByEntity.get(`${kind}/${slug}`) ?? []).map((m) => m.article));
}
const allSlugsOf = (kind: string) =>
  (kind === 'themes' ? library.themes : kind === 'claims' ? library.claims : library[kind as 'places' | 'people' | 'organizations']).map((e) => e.slug);

describe('shared items between two articles', () => {
  it('The New York Times and TIME share Beijing and China, but not Chongqing or Xinjiang as places', () => {
    const shared = sharedItems(library, NYT, TIME);
    expect(shared.places).toEqual(expect.arrayContaining(['places/beijing', 'places/china']));
    expect(shared.places).not.toContain('places/chongqing');
    expect(shared.places).not.toContain('places/xinjiang');
    // The Times writes of software “in the west” to track Uighurs: the Xinjiang theme, not the place name.
    expect(shared.themes).toContain('themes/xinjiang');
  });

  it('TODAY and TIME share Chongqing, and the claim about its camera count', () => {
    const shared = sharedItems(library, TODAY, TIME);
    expect(shared.places).toContain('places/chongqing');
    expect(shared.claims).toContain('claims/chongqing-camera-count');
  });

  it('for every pair and kind: exactly the items that occur in both articles', () => {
    for (const [a, b] of allPairs(slugs)) {
      const shared = sharedItems(library, a, b);
      for (const kind of itemKinds) {
        const expected = allSlugsOf(kind)
          .filter((slug) => {
            const where = articlesOf(kind, slug);
            return where.has(a) && where.has(b);
          })
          .map((slug) => `${kind}/${slug}`);
        expect([...shared[kind]].sort(), `${a} + ${b}: ${kind}`).toEqual(expected.sort());
      }
    }
  });

  it('is order-insensitive, and an article shares nothing with itself', () => {
    for (const [a, b] of allPairs(slugs)) {
      const ab = sharedItems(library, a, b);
      const ba = sharedItems(library, b, a);
      for (const kind of itemKinds) expect(new Set(ba[kind])).toEqual(new Set(ab[kind]));
    }
    const self = sharedItems(library, NYT, NYT);
    for (const kind of itemKinds) expect(self[kind]).toEqual([]);
  });

  it('puts the most-mentioned first', () => {
    const shared = sharedItems(library, NYT, TIME);
    expect(shared.places[0]).toBe('places/china');
  });
});

describe('precomputed comparison data', () => {
  it('has the six pairs of four articles, keyed in publication order', () => {
    expect(allPairs(slugs)).toHaveLength(6);
    expect(Object.keys(data.pairs).sort()).toEqual(allPairs(slugs).map(([a, b]) => `${a}+${b}`).sort());
    expect(pairKey(TIME, NYT, slugs)).toBe(pairKey(NYT, TIME, slugs));
  });

  it('each side lists the passages where the item occurs, linked, with the mention marked', () => {
    const view = resolvePair(data, TIME, NYT);
    expect(view.left.slug).toBe(TIME);
    expect(view.right.slug).toBe(NYT);
    const beijing = view.groups.find((g) => g.kind === 'places')!.items.find((i) => i.slug === 'beijing')!;
    const nytPassages = new Set((library.mentionsByEntity.get('places/beijing') ?? []).filter((m) => m.article === NYT).map((m) => m.n));
    expect(beijing.right.map((x) => x.n)).toEqual([...nytPassages].sort((x, y) => x - y));
    for (const [article, side] of [
      [TIME, beijing.left],
      [NYT, beijing.right],
    ] as const) {
      expect(side.length).toBeGreaterThan(0);
      for (const x of side) {
        expect(x.href).toBe(`/articles/${article}#p-${x.n}`);
        expect(x.segments.filter((s) => s.mark).map((s) => s.text)).toContain('Beijing');
      }
    }
  });

  it('every excerpt is a faithful piece of its passage, and every claim excerpt says how it relates', () => {
    for (const [key, list] of Object.entries(data.excerpts)) {
      const [article, itemKey] = key.split('|') as [string, string];
      const passages = library.articles.find((a) => a.slug === article)!.structure.passages;
      for (const x of list) {
        const text = x.segments.map((s) => s.text).join('').replace(/^… /, '').replace(/ …$/, '');
        expect(passages[x.n - 1]!.text, `${key} ¶${x.n}`).toContain(text);
        expect(x.segments.some((s) => s.mark), `${key} ¶${x.n}`).toBe(true);
        if (itemKey.startsWith('claims/')) expect(x.note).toMatch(/^(reports|agrees with|differs from|qualifies)/);
      }
    }
  });
});

describe('reading ?a= and ?b=', () => {
  it('no pair at all gives the default pair', () => {
    expect(readPair(null, null, data)).toEqual({ ok: true, a: NYT, b: TIME, isDefault: true });
    expect(readPair('', ' ', data)).toEqual({ ok: true, a: NYT, b: TIME, isDefault: true });
  });

  it('two different articles, in either order', () => {
    expect(readPair(CDT, TODAY, data)).toEqual({ ok: true, a: CDT, b: TODAY, isDefault: false });
  });

  it('names every problem, and keeps the valid side', () => {
    expect(readPair(NYT, null, data)).toEqual({ ok: false, a: NYT, problems: ['The second article (b) is missing.'] });
    expect(readPair('<script>alert(1)</script>', TIME, data)).toEqual({
      ok: false,
      b: TIME,
      problems: ['“<script>alert(1)</script>” (a) is not one of the four articles.'],
    });
    expect(readPair('\u0000', '\u0000', data)).toMatchObject({ ok: false, problems: ['“\uFFFD” (a) is not one of the four articles.', '“\uFFFD” (b) is not one of the four articles.'] });
    expect(readPair(NYT, NYT, data)).toEqual({ ok: false, a: NYT, problems: ['Both sides are the same article (The New York Times); choose two different articles.'] });
  });

  it('resolvePair refuses what readPair would refuse', () => {
    expect(() => resolvePair(data, NYT, NYT)).toThrow();
    expect(() => resolvePair(data, 'nope', NYT)).toThrow();
  });
});

describe('excerpt', () => {
  const text = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.';

  it('keeps a short passage whole, marking the range', () => {
    expect(excerpt('In Beijing today.', [{ start: 3, end: 10 }])).toEqual([{ text: 'In ' }, { text: 'Beijing', mark: true }, { text: ' today.' }]);
  });

  it('cuts a long passage at word boundaries around the range, with ellipses', () => {
    const start = text.indexOf('eight');
    const segments = excerpt(text, [{ start, end: start + 5 }], 12);
    expect(segments).toEqual([{ text: '… ' }, { text: 'six seven ' }, { text: 'eight', mark: true }, { text: ' nine ten' }, { text: ' …' }]);
  });

  it('marks several ranges that fall inside the excerpt, and ignores impossible ones', () => {
    const a = text.indexOf('two');
    const b = text.indexOf('four');
    const segments = excerpt(text, [{ start: b, end: b + 4 }, { start: a, end: a + 3 }, { start: 500, end: 510 }], 20);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['two', 'four']);
  });
});
