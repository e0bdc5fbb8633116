import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCompareData } from '@/lib/compare/build';
import { packCompareData } from '@/lib/compare/pack-files';
import { articleFromPack, COMPARE_PACK_SIZE } from '@/lib/compare/packs';
import { asArticleSlug, type ArticleSlug } from '@/lib/ids';
import { passageHref } from '@/lib/links';
import type { ArticleCompareData } from '@/lib/compare/types';
import { getLibrary } from '@/lib/library';

const TIME = asArticleSlug('time-surveillance-state');
const CDT = asArticleSlug('cdt-surveillance-net');
const TODAY = asArticleSlug('today-chongqing-privacy');

const data = buildCompareData(getLibrary());
const { list, files } = packCompareData(data);

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
  return { articles, defaultPair: [articles[0]!.slug, articles[1]!.slug] as [ArticleSlug, ArticleSlug], byArticle };
}

describe('comparison data in packs', () => {
  it('reads back every article exactly as built', () => {
    for (const article of list.articles) {
      const pack = JSON.parse(files.get(list.packs[article.pack]!)!) as unknown;
      expect(articleFromPack(pack, article.slug), article.slug).toEqual(data.byArticle[article.slug]);
    }
  });

  it(`puts ${COMPARE_PACK_SIZE} articles in a file, names each by its content, and lists where each article is`, () => {
    const big = copies(3 * COMPARE_PACK_SIZE + 5);
    const packed = packCompareData(big);
    expect(packed.list.packs).toHaveLength(4);
    expect([...packed.files.keys()]).toEqual(packed.list.packs);
    for (const name of packed.list.packs) expect(name).toMatch(/^c\d+-[0-9a-f]{12}\.json$/);
    expect(packed.list.articles.map((a) => a.pack)).toEqual(big.articles.map((_, i) => Math.floor(i / COMPARE_PACK_SIZE)));
    for (const a of packed.list.articles) {
      expect(articleFromPack(JSON.parse(packed.files.get(packed.list.packs[a.pack]!)!), a.slug)).toEqual(big.byArticle[a.slug]);
    }
    // Another article changes the name of the last pack only.
    const more = packCompareData(copies(3 * COMPARE_PACK_SIZE + 6));
    expect(more.list.packs.slice(0, 3)).toEqual(packed.list.packs.slice(0, 3));
    expect(more.list.packs[3]).not.toBe(packed.list.packs[3]);
  });

  it('refuses a pack that is not one, or lacks the article, without throwing', () => {
    const pack = JSON.parse(files.get(list.packs[0]!)!) as Record<string, unknown>;
    const articles = pack.articles as Record<string, Record<string, unknown[]>>;
    const key = Object.keys(articles[TIME]!)[0]!;
    const edited = (change: (copy: { labels: Record<string, unknown>; articles: Record<string, Record<string, unknown[]>> }) => void) => {
      const copy = structuredClone(pack) as { labels: Record<string, unknown>; articles: Record<string, Record<string, unknown[]>> };
      change(copy);
      return copy;
    };
    const bad: unknown[] = [
      null,
      '<!DOCTYPE html>',
      [],
      { ...pack, version: 99 },
      { ...pack, articles: [] },
      edited((c) => delete c.articles[TIME]),
      edited((c) => (c.labels[key] = 7)),
      edited((c) => delete c.labels[key]),
      edited((c) => (c.articles[TIME]!['planets/mars'] = [])),
      edited((c) => (c.articles[TIME]![key] = [{ n: 'one', s: [] }])),
      edited((c) => (c.articles[TIME]![key] = [{ n: 1, s: [{ text: 3 }] }])),
      edited((c) => (c.articles[TIME]![key] = 'none' as unknown as unknown[])),
    ];
    for (const value of bad) expect(articleFromPack(value, TIME), JSON.stringify(value)?.slice(0, 80)).toBeNull();
    expect(articleFromPack(pack, asArticleSlug('not-an-article'))).toBeNull();
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
      const name = url.replace('/compare-data/', '');
      if (override) return override();
      return files.has(name) ? new Response(files.get(name)!, { headers: { 'Content-Type': 'application/json' } }) : new Response('Not found', { status: 404 });
    });

  it('a malformed, mistyped or missing pack is a readable error, and is tried again next time', async () => {
    const loadCompareData = await freshLoader();
    vi.stubGlobal('fetch', site(() => new Response('{"version": 1, "articles": ', { status: 200 })));
    await expect(loadCompareData(CDT)).rejects.toThrow('not valid JSON');
    vi.stubGlobal('fetch', site(() => Response.json({ version: 1, labels: {}, articles: {} })));
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

  it('a pack is fetched once, however many of its articles are asked for', async () => {
    const loadCompareData = await freshLoader();
    const fetch = site();
    vi.stubGlobal('fetch', fetch);
    const [x, y, z] = await Promise.all([loadCompareData(TIME), loadCompareData(TIME), loadCompareData(TODAY)]);
    expect(y).toBe(x);
    expect(await loadCompareData(TIME)).toBe(x);
    expect(z).toEqual(data.byArticle[TODAY]);
    const packRequests = fetch.mock.calls.map(([url]) => url).filter((url) => url.startsWith('/compare-data/'));
    expect(packRequests).toEqual([`/compare-data/${list.packs[0]}`]);
  });
});
