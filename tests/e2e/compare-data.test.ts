import { describe, expect, it } from 'vitest';
import { sharedBrowser, newPage, visit } from './browser';
import { getCompareData, getComparePacks } from '@/lib/compare';
import { getLibrary } from '@/lib/library';

/** The pair /compare shows when none is chosen: chosen from the content (lib/compare/build.ts, defaultPairOf). */
const [DEFAULT_LEFT, DEFAULT_RIGHT] = getCompareData().defaultPair;
const outletOf = (slug: string) => getLibrary().articles.find((a) => a.slug === slug)!.outlet;


/**
 * /compare loads the pack (or two) holding the two articles' data from /compare-data/ for any pair but the
 * default, which is embedded, and the reading lists' file (or two) holding their texts, from which it cuts the
 * excerpts. The packs hold sixteen articles each (lib/compare/packs.ts).
 */

const browser = sharedBrowser();

const TIME = 'time-surveillance-state';
const TODAY = 'today-chongqing-privacy';
const CDT = 'cdt-surveillance-net';

const dataRequests = (requests: string[]) => requests.filter((r) => new URL(r).pathname.startsWith('/compare-data/')).map((r) => new URL(r).pathname);
const textRequests = (requests: string[]) => requests.filter((r) => new URL(r).pathname.startsWith('/reading-list-data')).map((r) => new URL(r).pathname);

describe('compare data packs', () => {
  it('the default pair needs no file, either way round', async () => {
    const { page, record } = await newPage(browser());
    for (const path of ['/compare', `/compare?a=${DEFAULT_RIGHT}&b=${DEFAULT_LEFT}`]) {
      await visit(page, path);
      await page.locator('section[data-pair]').waitFor();
      await page.waitForLoadState('networkidle');
    }
    await expect.poll(() => page.locator('#pair-heading').textContent()).toBe(`${outletOf(DEFAULT_RIGHT)} and ${outletOf(DEFAULT_LEFT)}`);
    expect(dataRequests(record.requests)).toEqual([]);
    expect(textRequests(record.requests)).toEqual([]);
    expect(record.errors).toEqual([]);
  });

  it('another pair fetches the packs of its two articles once each, while a status says it is loading', async () => {
    const { page, record } = await newPage(browser());
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/compare-data/**', async (route) => {
      await held;
      await route.continue();
    });
    await visit(page, `/compare?a=${TODAY}&b=${CDT}`);
    const status = page.locator('.compare-loading[role="status"]');
    await status.waitFor();
    await expect.poll(() => status.textContent()).toBe('Loading the comparison…');
    release();
    await page.locator(`section[data-pair="${TODAY}+${CDT}"]`).waitFor();
    await expect.poll(() => status.count()).toBe(0);

    // Swapping the sides and pairing with an article already loaded fetch nothing more.
    await page.getByLabel('Left article').selectOption(CDT);
    await page.getByLabel('Right article').selectOption(TODAY);
    await page.locator(`section[data-pair="${CDT}+${TODAY}"]`).waitFor();
    await page.getByLabel('Right article').selectOption(TIME);
    await page.locator(`section[data-pair="${CDT}+${TIME}"]`).waitFor();
    // Each pack is fetched once: the packs that hold the three articles, whatever the pairs.
    const { list } = getComparePacks();
    const packOf = (slug: string) => `/compare-data/${list.packs[list.articles.find((a) => a.slug === slug)!.pack]}`;
    expect(dataRequests(record.requests).sort()).toEqual([...new Set([CDT, TIME, TODAY].map(packOf))].sort());
    // … and so is each file of texts (the four articles' are in the reading lists' core).
    const textOf = (slug: string) => list.texts[list.articles.find((a) => a.slug === slug)!.text]!;
    expect(textRequests(record.requests).sort()).toEqual([...new Set([CDT, TIME, TODAY].map(textOf))].sort());
    expect(textRequests(record.requests)).toEqual(['/reading-list-data.json']);
    expect(record.errors).toEqual([]);
  });

  for (const [what, files, fulfil] of [
    ['a pack that is missing', '**/compare-data/**', { status: 404, body: 'Not found' }],
    ['a pack that is malformed', '**/compare-data/**', { status: 200, contentType: 'application/json', body: '{"version": 2, "article": "' }],
    ['a pack of the wrong shape', '**/compare-data/**', { status: 200, contentType: 'application/json', body: '{"version": 2, "article": "x", "items": {}}' }],
    ['a file of texts that is missing', '**/reading-list-data.json', { status: 404, body: 'Not found' }],
    ['a file of texts without the article', '**/reading-list-data.json', { status: 200, contentType: 'application/json', body: '{"version": 2, "articles": [], "texts": []}' }],
  ] as const) {
    it(`${what} gives a clear message, never a crash`, async () => {
      const { page, record } = await newPage(browser());
      await page.route(files, (route) => route.fulfill(fulfil));
      await visit(page, `/compare?a=${TODAY}&b=${CDT}`);
      const alert = page.locator('.compare-load-failed[role="alert"]');
      await alert.waitFor();
      await expect.poll(() => alert.textContent()).toMatch(/could not be loaded/);
      await expect.poll(() => page.locator('section[data-pair]').count()).toBe(0);
      await expect.poll(() => page.getByLabel('Left article').inputValue()).toBe(TODAY);
      // The default pair is embedded, so it still shows.
      await page.getByLabel('Left article').selectOption(DEFAULT_LEFT);
      await page.getByLabel('Right article').selectOption(DEFAULT_RIGHT);
      await page.locator(`section[data-pair="${DEFAULT_LEFT}+${DEFAULT_RIGHT}"]`).waitFor();
      expect(record.errors).toEqual([]);
    });
  }
});
