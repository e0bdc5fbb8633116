import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotateLibrary } from '@/lib/annotate';
import { loadLibrary } from '@/lib/content/load';
import { buildSearchFiles, type SearchFiles } from '@/lib/search/build';
import { SEARCH_DATA_PATH } from '@/lib/search/payload';
import { articleInfo, buildSearchRecords } from '@/lib/search/records';
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

/** A page that is served the sharded index instead of the exported one. */
async function shardedPage() {
  const { page, record } = await newPage(browser());
  const dataRequests: string[] = [];
  fetched.set(page, dataRequests);
  await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(files.index) }));
  await page.route(`**${SEARCH_DATA_PATH}*`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(SEARCH_DATA_PATH.length));
    dataRequests.push(name);
    const body = files.files.get(name);
    return body === undefined ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  return { page, record };
}

describeSearchJourneys('search with a sharded index', shardedPage, {
  async afterResults(page) {
    // Only some of the files: the shards of the words typed and the fragments of the results shown.
    const dataRequests = fetched.get(page)!;
    expect(dataRequests.length).toBeGreaterThan(0);
    expect(dataRequests.length).toBeLessThan(files.files.size / 2);
  },
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
    await page.route(`**${SEARCH_DATA_PATH}*`, (route) => {
      const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(SEARCH_DATA_PATH.length));
      const body = name.startsWith('a-') ? undefined : files.files.get(name);
      return body === undefined ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await visit(page, '/search?q=Chongqing&article=nyt-dystopian-dreams');
    await expect.poll(() => page.locator('body').textContent()).toMatch(/Search could not load: part of the search index did not load \(a-[0-9a-f]{12}\.json: HTTP 404\)/);
    expect(record.errors).toEqual([]);
  });
});
