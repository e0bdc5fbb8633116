import { describe, expect, it } from 'vitest';
import { buildCompareData, defaultPairOf, sharedItems } from '@/lib/compare/build';
import { excerpt } from '@/lib/compare/excerpt';
import { allPairs, maxArticlesForAllPairings, maxPairingLinks, pairingLinks, readPair, resolvePair } from '@/lib/compare/pairs';
import { isArticleCompareData, sharedBetween, swapSides } from '@/lib/compare/shared';
import type { ArticleCompareData, CompareArticle } from '@/lib/compare/types';
import { itemKinds } from '@/lib/compare/types';
import type { EntityKind } from '@/lib/collections';
import { entityRef } from '@/lib/ids';
import { numberWords } from '@/lib/format';
import { getLibrary } from '@/lib/library';
import { asArticleSlug, asEntrySlug, type ArticleSlug } from '@/lib/ids';

const NYT = asArticleSlug('nyt-dystopian-dreams');
const TIME = asArticleSlug('time-surveillance-state');
const TODAY = asArticleSlug('today-chongqing-privacy');
const CDT = asArticleSlug('cdt-surveillance-net');

const library = getLibrary();
const slugs = library.articles.map((a) => a.slug);
const data = buildCompareData(library);

/** An independent statement of "shared": the articles each item occurs in, straight from the annotated library. */
function articlesOf(kind: string, slug: string): Set<string> {
  if (kind === 'themes') return new Set((library.passagesByTheme.get(asEntrySlug(slug)) ?? []).map((p) => p.article));
  if (kind === 'claims') return new Set((library.evidenceByClaim.get(asEntrySlug(slug)) ?? []).map((e) => e.article));
  return new Set((library.mentionsByEntity.get(entityRef(kind as EntityKind, asEntrySlug(slug))) ?? []).map((m) => m.article));
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

describe('per-article comparison files', () => {
  const files = Object.values(data.byArticle);
  /** Every (article, item) occurrence of an item that occurs in at least two articles: what can ever be shared. */
  const shareable = itemKinds.flatMap((kind) =>
    allSlugsOf(kind).flatMap((slug) => {
      const where = articlesOf(kind, slug);
      return where.size >= 2 ? [...where].map((article) => `${article}|${kind}/${slug}`) : [];
    }),
  );

  it('one file per article, naming its article', () => {
    expect(Object.keys(data.byArticle).sort()).toEqual([...slugs].sort());
    for (const [slug, file] of Object.entries(data.byArticle)) expect(file.article).toBe(slug);
  });

  it('grows linearly: each (article, item) occurrence is stored once, in its own article’s file', () => {
    const stored = files.flatMap((file) => Object.keys(file.items).map((key) => `${file.article}|${key}`));
    expect(stored.length).toBe(shareable.length);
    expect(stored.sort()).toEqual([...shareable].sort());
    for (const file of files) {
      for (const [key, item] of Object.entries(file.items)) {
        expect(key).toBe(`${item.kind}/${item.slug}`);
        expect(item.excerpts.length, `${file.article} ${key}`).toBeGreaterThan(0);
        // An article's file holds only that article's passages.
        for (const x of item.excerpts) expect(x.href.startsWith(`/articles/${file.article}#`), `${file.article} ${key}: ${x.href}`).toBe(true);
      }
    }
  });

  it('the pair is worked out from the two files alone, and survives the trip through JSON', () => {
    for (const [a, b] of allPairs(slugs)) {
      const fromJson = (slug: ArticleSlug) => JSON.parse(JSON.stringify(data.byArticle[slug])) as ArticleCompareData;
      expect(sharedBetween(fromJson(a), fromJson(b))).toEqual(sharedItems(library, a, b));
      const view = resolvePair(data, a, b);
      for (const group of view.groups) expect(group.items.map((i) => i.key)).toEqual(sharedItems(library, a, b)[group.kind]);
      expect(swapSides(view)).toEqual(resolvePair(data, b, a));
    }
  });

  it('four articles make six pairs', () => {
    expect(allPairs(slugs)).toHaveLength(6);
  });

  it('each side lists the passages where the item occurs, linked, with the mention marked', () => {
    const view = resolvePair(data, TIME, NYT);
    expect(view.left.slug).toBe(TIME);
    expect(view.right.slug).toBe(NYT);
    const beijing = view.groups.find((g) => g.kind === 'places')!.items.find((i) => i.slug === 'beijing')!;
    const nytPassages = new Set((library.mentionsByEntity.get(entityRef('places', asEntrySlug('beijing'))) ?? []).filter((m) => m.article === NYT).map((m) => m.n));
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
    for (const file of files) {
      const passages = library.articles.find((a) => a.slug === file.article)!.structure.passages;
      for (const [itemKey, item] of Object.entries(file.items)) {
        const key = `${file.article}|${itemKey}`;
        for (const x of item.excerpts) {
          const text = x.segments.map((s) => s.text).join('').replace(/^… /, '').replace(/ …$/, '');
          expect(passages[x.n - 1]!.text, `${key} ¶${x.n}`).toContain(text);
          expect(x.segments.some((s) => s.mark), `${key} ¶${x.n}`).toBe(true);
          if (itemKey.startsWith('claims/')) expect(x.note).toMatch(/^(reports|agrees with|differs from|qualifies)/);
        }
      }
    }
  });
});

describe('checking a fetched comparison file', () => {
  const good = JSON.parse(JSON.stringify(data.byArticle[TIME])) as ArticleCompareData;
  const firstKey = Object.keys(good.items)[0]!;
  const withItem = (change: (item: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(good)) as { items: Record<string, Record<string, unknown>> };
    change(copy.items[firstKey]!);
    return copy;
  };

  it('accepts the file as built, for its own article only', () => {
    expect(isArticleCompareData(good, TIME)).toBe(true);
    expect(isArticleCompareData(good, NYT)).toBe(false);
  });

  it('refuses anything else, without throwing', () => {
    const bad: unknown[] = [
      null,
      undefined,
      '<!DOCTYPE html><html>…',
      42,
      [],
      {},
      { ...good, version: 2 },
      { ...good, items: [] },
      { ...good, items: null },
      withItem((i) => (i.kind = 'planets')),
      withItem((i) => (i.slug = 'somewhere-else')),
      withItem((i) => (i.label = 7)),
      withItem((i) => (i.href = 'javascript:alert(1)')),
      withItem((i) => (i.excerpts = 'none')),
      withItem((i) => ((i.excerpts as Record<string, unknown>[])[0]!.segments = [{ text: 3 }])),
      withItem((i) => ((i.excerpts as Record<string, unknown>[])[0]!.href = '//evil.example/x')),
      withItem((i) => ((i.excerpts as Record<string, unknown>[])[0]!.n = 'one')),
    ];
    for (const value of bad) expect(isArticleCompareData(value, TIME), JSON.stringify(value)?.slice(0, 80)).toBe(false);
  });

  // Loading in the browser (packs, retries, one fetch per pack): tests/unit/compare-packs.test.ts.
});

describe('the list of pairings', () => {
  const fake = (n: number): CompareArticle[] =>
    Array.from({ length: n }, (_, i) => ({ slug: asArticleSlug(`a${i}`), title: `T${i}`, outlet: `O${i}`, published: `2020-01-${String(n - i).padStart(2, '0')}` }));

  it('lists every pairing of a small library', () => {
    const list = pairingLinks(data.articles);
    expect(list.heading).toBe('All six pairings');
    expect(list.links).toHaveLength(6);
    expect(list.pickOne).toBe('one of the six pairings below');
    expect(list.note).toBeUndefined();
    expect(pairingLinks(fake(maxArticlesForAllPairings)).links).toHaveLength(28);
  });

  it('above the cap, each article once, with the next one published (the last with the first)', () => {
    const articles = fake(maxArticlesForAllPairings + 1);
    const list = pairingLinks(articles);
    expect(list.links).toHaveLength(articles.length);
    expect(new Set(list.links.map((l) => [l.a, l.b].sort().join('+'))).size).toBe(articles.length);
    expect(new Set(list.links.map((l) => l.a))).toEqual(new Set(articles.map((a) => a.slug)));
    // fake() publishes a8 first and a0 last.
    expect(list.links[0]).toEqual({ a: 'a8', b: 'a7', label: 'O8 and O7' });
    expect(list.links.at(-1)).toEqual({ a: 'a0', b: 'a8', label: 'O0 and O8' });
    expect(list.note).toContain('nine articles make thirty-six pairings');
    expect(list.note).toContain('Choose any two articles above');
  });

  it('a large library links only its latest articles, each with the one before, so /compare does not grow with it', () => {
    const articles = fake(maxPairingLinks + 40);
    const list = pairingLinks(articles);
    expect(list.links).toHaveLength(maxPairingLinks);
    // fake() publishes the highest index first: a0 is the latest, paired with a1, published just before it.
    expect(list.links.at(-1)).toEqual({ a: 'a0', b: 'a1', label: 'O0 and O1' });
    expect(list.links[0]).toEqual({ a: `a${maxPairingLinks - 1}`, b: `a${maxPairingLinks}`, label: `O${maxPairingLinks - 1} and O${maxPairingLinks}` });
    expect(new Set(list.links.map((l) => l.a)).size).toBe(maxPairingLinks);
    expect(list.heading).toBe('The twenty-four latest articles, each with the one before');
    expect(list.note).toContain('sixty-four articles make 2016 pairings');
  });

  it('counts in words', () => {
    expect([0, 4, 6, 13, 20, 28, 99, 100].map(numberWords)).toEqual(['zero', 'four', 'six', 'thirteen', 'twenty', 'twenty-eight', 'ninety-nine', '100']);
  });
});

describe('reading ?a= and ?b=', () => {
  it('no pair at all gives the default pair', () => {
    const [a, b] = data.defaultPair;
    expect(readPair(null, null, data)).toEqual({ ok: true, a, b, isDefault: true });
    expect(readPair('', ' ', data)).toEqual({ ok: true, a, b, isDefault: true });
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
    expect(() => resolvePair(data, asArticleSlug('nope'), NYT)).toThrow();
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

describe('the default pair, from the content', () => {
  it('is the first article and the one that shares the most with it', () => {
    const [a, b] = data.defaultPair;
    expect(a).toBe(slugs[0]);
    const count = (other: string) => Object.values(sharedItems(library, a, asArticleSlug(other))).reduce((n, keys) => n + keys.length, 0);
    for (const other of slugs.slice(1)) expect(count(b)).toBeGreaterThanOrEqual(count(other));
    expect(b).not.toBe(a);
  });

  it('needs no article list by hand: a one-article library pairs the article with itself', () => {
    const one = { ...library, articles: library.articles.slice(0, 1) };
    expect(defaultPairOf(one, data.byArticle)).toEqual([slugs[0], slugs[0]]);
  });
});

