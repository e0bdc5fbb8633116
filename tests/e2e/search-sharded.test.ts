import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotateLibrary } from '@/lib/annotate';
import { loadLibrary } from '@/lib/content/load';
import { buildSearchFiles, type SearchFiles } from '@/lib/search/build';
import { packFile, SEARCH_DATA_PATH, type ShardedIndex } from '@/lib/search/payload';
import { articleInfo, buildSearchRecords } from '@/lib/search/records';
import { pieceCount, searchFileAnswer } from '../search-files';
import { articleSlugs, newPage, sharedBrowser, visit } from './browser';
import { describeSearchJourneys } from './search-journeys';

/**
 * The search journeys (search-journeys.ts) against a sharded index. The four articles make a single-file index, so
 * here the browser is given the same library as a sharded index cut small (shards of 2,000 characters, fragments
 * of eight records: 40-odd shards and 50-odd fragments), built by lib/search/build.ts in this process and served
 * in place of /search-index.json and /search-data/*. The pages and their scripts are the exported ones. What is
 * particular to the sharded form is checked here too: only some of its files are fetched, and a missing one is said.
 */

const browser = sharedBrowser();
let files: SearchFiles;
beforeAll(() => {
  const lib = annotateLibrary(loadLibrary());
  files = buildSearchFiles(buildSearchRecords(lib), articleInfo(lib), { form: 'sharded', shardChars: 2000, fragmentSize: 8 });
});

/** The names of the index's data files each page fetched. */
const fetched = new WeakMap<Page, string[]>();

/**
 * A page that is served the sharded index instead of the exported one, with range requests answered as a static
 * server answers them (or, with `ranges: false`, as one that ignores them and sends the whole file).
 */
async function shardedPage({ ranges = true, shortFirst = false } = {}) {
  const { page, record } = await newPage(browser());
  const dataRequests: string[] = [];
  fetched.set(page, dataRequests);
  await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(files.index) }));
  await page.route(`**${SEARCH_DATA_PATH}*`, async (route) => {
    const url = new URL(route.request().url());
    const name = decodeURIComponent(url.pathname.slice(SEARCH_DATA_PATH.length));
    const asked = await route.request().headerValue('range');
    const range = ranges ? asked : null;
    // What was asked for: the address (with its query) and the Range header.
    dataRequests.push([`${name}${url.search}`, asked].filter(Boolean).join(' '));
    const answer = searchFileAnswer(files, name, range ?? undefined);
    // As a cache that lost part of a body: the first answer to each range comes short.
    const body = shortFirst && answer.status === 206 && !url.search.endsWith('&again') ? (answer.body as Buffer).subarray(0, 10) : answer.body;
    return route.fulfill({ status: answer.status, contentType: answer.contentType, headers: answer.headers, body });
  });
  return { page, record };
}

describeSearchJourneys('search with a sharded index', shardedPage, {
  async afterResults(page) {
    // Only some of the files: the shards of the words typed and the fragments of the results shown.
    const dataRequests = fetched.get(page)!;
    expect(dataRequests.length).toBeGreaterThan(0);
    expect(dataRequests.length).toBeLessThan(pieceCount(files) / 2);
    // The records came by range from the pack of fragments, each range at an address of its own.
    const packRequests = dataRequests.filter((r) => r.startsWith('r'));
    expect(packRequests.length).toBeGreaterThan(0);
    for (const r of packRequests) expect(r).toMatch(/^r0-[0-9a-f]{12}\.bin\?bytes=(\d+-\d+) bytes=\1$/);
  },
});

describe('a sharded index whose range answers come short', () => {
  it('asks again past the cache, and answers', async () => {
    const { page, record } = await shardedPage({ shortFirst: true });
    await visit(page, '/search?q=Hikvision');
    await expect.poll(() => page.locator('section[aria-labelledby="search-passages-heading"] .search-results li').first().textContent()).toMatch(/Hikvision/);
    const ranges = fetched.get(page)!.filter((name) => name.startsWith('r'));
    expect(ranges.length).toBeGreaterThan(1);
    // Every range was asked for twice, the second time at another address, and no more.
    const firsts = ranges.filter((r) => !r.includes('&again'));
    expect(firsts.length).toBeGreaterThan(0);
    for (const r of firsts) {
      const [address, header] = r.split(' ');
      expect(ranges.filter((x) => x.startsWith(address!.split('?')[0]!) && x.endsWith(header!))).toEqual([r, `${address}&again ${header}`]);
    }
    expect(record.errors).toEqual([]);
  });
});

describe('a sharded index on a server that ignores range requests', () => {
  it('reads the fragments from the whole pack, asks for it no more on that page, and on later pages fetches it whole', async () => {
    const { page, record } = await shardedPage({ ranges: false });
    const passages = page.locator('section[aria-labelledby="search-passages-heading"] .search-results li');
    await visit(page, '/search?q=Hikvision');
    await expect.poll(() => passages.first().textContent()).toMatch(/Hikvision/);
    const pack = packFile(files.index as ShardedIndex, 0);
    const packs = () => fetched.get(page)!.filter((name) => name.startsWith('r'));
    expect(packs().length).toBeGreaterThan(0);
    for (const r of packs()) expect(r).toMatch(new RegExp(`^${pack.replace('.', '\\.')}\\?bytes=\\d+-\\d+ bytes=\\d+-\\d+$`));
    const before = packs().length;
    await page.locator('#search-page-input').fill('Chongqing');
    await expect.poll(() => passages.first().textContent()).toMatch(/Chongqing/);
    expect(packs().length).toBe(before);
    // The next page asks for the pack at its own address, whole: what the browser's cache keeps.
    await visit(page, '/search?q=Xinjiang');
    await expect.poll(() => passages.first().textContent()).toMatch(/Xinjiang/);
    expect(packs().slice(before)).toEqual([pack]);
    expect(record.errors).toEqual([]);
  });
});

describe('a sharded index that cannot be read whole', () => {
  it('says so when a file of the index cannot be fetched', async () => {
    const { page, record } = await newPage(browser());
    await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(files.index) }));
    await page.route(`**${SEARCH_DATA_PATH}*`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await visit(page, '/search?q=Hikvision');
    await expect.poll(() => page.locator('body').textContent()).toMatch(/Search could not load: part of the search index did not load/);
    expect(record.errors).toEqual([]);
  });
});

describe('the search page’s article filter with a sharded index', () => {
  const entryLinks = (page: Page) => page.locator('section[aria-labelledby="search-entries-heading"] .search-results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const entriesOf = (page: Page) => fetched.get(page)!.filter((name) => name.startsWith('a-'));

  it('fetches the articles of the entries only when the filter is used, and shows the entries the single file shows', async () => {
    const { page, record } = await shardedPage();
    await visit(page, '/search?q=Chongqing');
    await page.locator('#search-entries-heading').waitFor();
    const unfiltered = await entryLinks(page);
    expect(entriesOf(page)).toEqual([]);
    // The article with the fewest of the passages found: the one whose filter leaves out the most.
    const options = await page.locator('.search-filter select').first().locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const article = options.at(-1)!;
    expect(articleSlugs()).toContain(article);

    // What the exported single-file index shows for the same search and filter.
    const { page: plain } = await newPage(browser());
    await visit(plain, `/search?q=Chongqing&article=${article}`);
    await plain.locator('#search-entries-heading').waitFor();
    const want = await entryLinks(plain);
    expect(want.length).toBeGreaterThan(0);
    expect(unfiltered.length).toBeGreaterThan(want.length);

    await page.locator('.search-filter select').first().selectOption(article);
    await page.waitForURL(new RegExp(`article=${article}`));
    await expect.poll(() => entryLinks(page)).toEqual(want);
    expect(entriesOf(page)).toHaveLength(1);

    // The filter given in the address, on a fresh page: the same entries.
    const { page: direct } = await shardedPage();
    await visit(direct, `/search?q=Chongqing&article=${article}`);
    await expect.poll(() => entryLinks(direct)).toEqual(want);
    expect(record.errors).toEqual([]);
  });

  it('says so when the articles of the entries cannot be fetched', async () => {
    const { page, record } = await newPage(browser());
    await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(files.index) }));
    await page.route(`**${SEARCH_DATA_PATH}*`, async (route) => {
      const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(SEARCH_DATA_PATH.length));
      const answer = searchFileAnswer(files, name.startsWith('a-') ? 'none' : name, (await route.request().headerValue('range')) ?? undefined);
      return route.fulfill({ status: answer.status, contentType: answer.contentType, headers: answer.headers, body: answer.body });
    });
    await visit(page, '/search?q=Chongqing&article=nyt-dystopian-dreams');
    await expect.poll(() => page.locator('body').textContent()).toMatch(/Search could not load: part of the search index did not load \(a-[0-9a-f]{12}\.json: HTTP 404\)/);
    expect(record.errors).toEqual([]);
  });
});
