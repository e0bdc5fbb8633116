import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCompareData } from '@/lib/compare/build';
import { packCompareData } from '@/lib/compare/pack-files';
import { articleFromPacks, COMPARE_PACK_SIZE } from '@/lib/compare/packs';
import { asArticleSlug, type ArticleSlug } from '@/lib/ids';
import { passageHref } from '@/lib/links';
import type { ArticleCompareData } from '@/lib/compare/types';
import { getLibrary } from '@/lib/library';
import { getReadingListFiles } from '@/lib/reading-list/pack-files';
import type { DataArticle } from '@/lib/reading-list/data';

const TIME = asArticleSlug('time-surveillance-state');
const CDT = asArticleSlug('cdt-surveillance-net');
const TODAY = asArticleSlug('today-chongqing-privacy');

const data = buildCompareData(getLibrary());
const readingList = getReadingListFiles();
const { list, files } = packCompareData(data, readingList.core);
/** The site's reading-list texts (four articles: all in the core), by slug. */
const textsBySlug = new Map((readingList.core.texts ?? []).map((a) => [a.slug, a]));
/** The file of texts the list names for an article, as fetched. */
const textFileOf = (slug: ArticleSlug): unknown => {
  const href = list.texts[list.articles.find((a) => a.slug === slug)!.text]!;
  expect(href).toBe('/reading-list-data.json');
  return JSON.parse(readingList.files.get(href) ?? JSON.stringify(readingList.core));
};

/** A library of n articles, each a copy of one of the four under another slug (what matters here is the count). */
function copies(n: number) {
  const source = Object.values(data.byArticle);
  const articles = Array.from({ length: n }, (_, i) => ({ ...data.articles[i % 4]!, slug: asArticleSlug(`a${i}`) }));
  // Its excerpts link to its own passages, as the build makes them.
  const retarget = (d: ArticleCompareData, slug: ArticleSlug): ArticleCompareData => ({
    ...d,
    article: slug,
    items: Object.fromEntries(Object.entries(d.items).map(([k, item]) => [k, { ...item, excerpts: item.excerpts.map((e) => ({ ...e, href: passageHref(slug, e.n) })) }])),
  });
  const byArticle = Object.fromEntries(articles.map((a, i) => [a.slug, retarget(source[i % 4]!, a.slug)]));
  const occurrences = Object.fromEntries(articles.map((a, i) => [a.slug, data.occurrences[data.articles[i % 4]!.slug]!]));
  // Their texts as the reading lists pack them: eight articles to a file.
  const texts = articles.map((a, i) => ({ ...textsBySlug.get(data.articles[i % 4]!.slug)!, slug: a.slug }) as DataArticle);
  const textPacks = Array.from({ length: Math.ceil(n / 8) }, (_, k) => `t${k}-000000000000.json`);
  const readingCore = { articles: texts.map((a, i) => ({ slug: a.slug, title: a.title, outlet: a.outlet, passages: a.passages.length, pack: Math.floor(i / 8) })), packs: textPacks };
  const textFile = (slug: string) => {
    const i = texts.findIndex((a) => a.slug === slug);
    return { version: 2, articles: texts.slice(Math.floor(i / 8) * 8, Math.floor(i / 8) * 8 + 8) };
  };
  return {
    data: { articles, defaultPair: [articles[0]!.slug, articles[1]!.slug] as [ArticleSlug, ArticleSlug], byArticle, labels: data.labels, occurrences },
    readingCore,
    textFile,
  };
}

describe('comparison data in packs', () => {
  it('reads back every article exactly as built, its excerpts cut from the reading lists’ texts', () => {
    for (const article of list.articles) {
      const pack = JSON.parse(files.get(list.packs[article.pack]!)!) as unknown;
      expect(articleFromPacks(pack, textFileOf(article.slug), article.slug), article.slug).toEqual(data.byArticle[article.slug]);
    }
  });

  it('holds no text of the articles: where items occur, not what the passages say', () => {
    for (const json of files.values()) {
      const pack = JSON.parse(json) as { articles: Record<string, Record<string, { n: number; r: unknown; note?: string }[]>> };
      for (const items of Object.values(pack.articles)) {
        for (const occurrences of Object.values(items)) {
          for (const { n, r, note, ...rest } of occurrences) {
            expect(Number.isInteger(n)).toBe(true);
            expect(JSON.stringify(r)).toMatch(/^\[(\[\d+,\d+\],?)+\]$/);
            // How the evidence relates, one phrase per piece of evidence in the passage ("reports; agrees with TIME").
            for (const phrase of note?.split('; ') ?? []) expect(phrase).toMatch(/^(reports|(agrees with|differs from|qualifies) .+)$/);
            expect(rest).toEqual({});
          }
        }
      }
    }
  });

  it(`puts ${COMPARE_PACK_SIZE} articles in a file, names each by its content, and lists where each article and its text are`, () => {
    const big = copies(3 * COMPARE_PACK_SIZE + 5);
    const packed = packCompareData(big.data, big.readingCore);
    expect(packed.list.packs).toHaveLength(4);
    expect([...packed.files.keys()]).toEqual(packed.list.packs);
    for (const name of packed.list.packs) expect(name).toMatch(/^c\d+-[0-9a-f]{12}\.json$/);
    expect(packed.list.articles.map((a) => a.pack)).toEqual(big.data.articles.map((_, i) => Math.floor(i / COMPARE_PACK_SIZE)));
    expect(packed.list.texts).toEqual(big.readingCore.packs.map((name) => `/reading-list-data/${name}`));
    expect(packed.list.articles.map((a) => a.text)).toEqual(big.data.articles.map((_, i) => Math.floor(i / 8)));
    for (const a of packed.list.articles) {
      expect(articleFromPacks(JSON.parse(packed.files.get(packed.list.packs[a.pack]!)!), big.textFile(a.slug), a.slug)).toEqual(big.data.byArticle[a.slug]);
    }
    // Another article changes the name of the last pack only.
    const more = copies(3 * COMPARE_PACK_SIZE + 6);
    const morePacked = packCompareData(more.data, more.readingCore);
    expect(morePacked.list.packs.slice(0, 3)).toEqual(packed.list.packs.slice(0, 3));
    expect(morePacked.list.packs[3]).not.toBe(packed.list.packs[3]);
  });

  it('refuses a pack or a file of texts that is not one, lacks the article or does not fit it, without throwing', () => {
    const pack = JSON.parse(files.get(list.packs[0]!)!) as Record<string, unknown>;
    const texts = textFileOf(TIME);
    const articles = pack.articles as Record<string, Record<string, unknown[]>>;
    const key = Object.keys(articles[TIME]!)[0]!;
    type Pack = { labels: Record<string, unknown>; articles: Record<string, Record<string, unknown[]>> };
    const edited = (change: (copy: Pack) => void) => {
      const copy = structuredClone(pack) as Pack;
      change(copy);
      return copy;
    };
    const longest = Math.max(...textsBySlug.get(TIME)!.passages.map((p) => p.text.length));
    const badPacks: unknown[] = [
      null,
      '<!DOCTYPE html>',
      [],
      { ...pack, version: 1 },
      { ...pack, articles: [] },
      edited((c) => delete c.articles[TIME]),
      edited((c) => (c.labels[key] = 7)),
      edited((c) => delete c.labels[key]),
      edited((c) => (c.articles[TIME]!['planets/mars'] = [])),
      edited((c) => (c.articles[TIME]![key] = [{ n: 'one', r: [[0, 1]] }])),
      edited((c) => (c.articles[TIME]![key] = [{ n: 1, s: [{ text: 'the old form' }] }])),
      edited((c) => (c.articles[TIME]![key] = [{ n: 1, r: [[5, 2]] }])),
      edited((c) => (c.articles[TIME]![key] = [{ n: 1, r: [[0, longest + 1]] }])),
      edited((c) => (c.articles[TIME]![key] = [{ n: 9999, r: [[0, 1]] }])),
      edited((c) => (c.articles[TIME]![key] = 'none' as unknown as unknown[])),
    ];
    for (const value of badPacks) expect(articleFromPacks(value, texts, TIME), JSON.stringify(value)?.slice(0, 80)).toBeNull();
    expect(articleFromPacks(pack, texts, asArticleSlug('not-an-article'))).toBeNull();
    const badTexts: unknown[] = [null, '<!DOCTYPE html>', { texts: [] }, { articles: [{ slug: TIME, passages: [{ n: 1, text: 3 }] }] }, { articles: [{ slug: TIME }] }];
    for (const value of badTexts) expect(articleFromPacks(pack, value, TIME), JSON.stringify(value)?.slice(0, 80)).toBeNull();
  });
});

describe('loading a pack in the browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  /** The loader afresh, with nothing fetched yet (it keeps what it fetched for the life of the page). */
  const freshLoader = async () => {
    vi.resetModules();
    return (await import('@/components/compare/loadCompareData')).loadCompareData;
  };
  /** A fetch that serves the built list and packs, or what `override` gives for a pack. */
  const site = (override?: () => Response) =>
    vi.fn(async (url: string) => {
      if (url === '/compare-articles.json') return Response.json(list);
      if (url === '/reading-list-data.json') return Response.json(readingList.core);
      const name = url.replace('/compare-data/', '');
      if (override) return override();
      return files.has(name) ? new Response(files.get(name)!, { headers: { 'Content-Type': 'application/json' } }) : new Response('Not found', { status: 404 });
    });

  it('a malformed, mistyped or missing pack is a readable error, and is tried again next time', async () => {
    const loadCompareData = await freshLoader();
    vi.stubGlobal('fetch', site(() => new Response('{"version": 1, "articles": ', { status: 200 })));
    await expect(loadCompareData(CDT)).rejects.toThrow('not valid JSON');
    vi.stubGlobal('fetch', site(() => Response.json({ version: 2, labels: {}, articles: {} })));
    await expect(loadCompareData(CDT)).rejects.toThrow('not in the expected form');
    vi.stubGlobal('fetch', site(() => new Response('Not found', { status: 404 })));
    await expect(loadCompareData(CDT)).rejects.toThrow('HTTP 404');
    vi.stubGlobal('fetch', site(() => {
        throw new TypeError('Failed to fetch');
      }));
    await expect(loadCompareData(CDT)).rejects.toThrow('could not be fetched');
    const fetch = site();
    vi.stubGlobal('fetch', fetch);
    expect(await loadCompareData(CDT)).toEqual(data.byArticle[CDT]);
  });

  it('a pack and a file of texts are fetched once, however many of their articles are asked for', async () => {
    const loadCompareData = await freshLoader();
    const fetch = site();
    vi.stubGlobal('fetch', fetch);
    const [x, y, z] = await Promise.all([loadCompareData(TIME), loadCompareData(TIME), loadCompareData(TODAY)]);
    expect(y).toBe(x);
    expect(await loadCompareData(TIME)).toBe(x);
    expect(z).toEqual(data.byArticle[TODAY]);
    const requests = fetch.mock.calls.map(([url]) => url);
    expect(requests.filter((url) => url.startsWith('/compare-data/'))).toEqual([`/compare-data/${list.packs[0]}`]);
    expect(requests.filter((url) => url.startsWith('/reading-list-data'))).toEqual(['/reading-list-data.json']);
  });
});
