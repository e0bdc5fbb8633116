import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { annotateLibrary } from '@/lib/annotate';
import { loadLibrary } from '@/lib/content/load';
import { buildSearchFiles, type SearchFiles } from '@/lib/search/build';
import { SEARCH_DATA_PATH } from '@/lib/search/payload';
import { articleInfo, buildSearchRecords } from '@/lib/search/records';
import { launchBrowser, newPage, url, type PageRecord } from './browser';

/**
 * The search journeys against a sharded index. The four articles make a single-file index, so here the
 * browser is given the same library as a sharded index cut small (shards of 2,000 characters, fragments of
 * eight records: 40-odd shards and 50-odd fragments), built by lib/search/build.ts in this process and served
 * in place of /search-index.json and /search-data/*. The pages and their scripts are the exported ones.
 */

let browser: Browser;
let files: SearchFiles;
beforeAll(async () => {
  browser = await launchBrowser();
  const lib = annotateLibrary(loadLibrary());
  files = buildSearchFiles(buildSearchRecords(lib), articleInfo(lib), { form: 'sharded', shardChars: 2000, fragmentSize: 8 });
});
afterAll(async () => {
  await browser?.close();
});

async function shardedPage(): Promise<{ page: Page; record: PageRecord; dataRequests: string[] }> {
  const { page, record } = await newPage(browser);
  const dataRequests: string[] = [];
  await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(files.index) }));
  await page.route(`**${SEARCH_DATA_PATH}*`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(SEARCH_DATA_PATH.length));
    dataRequests.push(name);
    const body = files.files.get(name);
    return body === undefined ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  return { page, record, dataRequests };
}

const combobox = (page: Page) => page.locator('header [role="combobox"]');

describe('search with a sharded index', () => {
  it('header search: type, ArrowDown to a passage, Enter lands on the paragraph with the words marked', async () => {
    const { page, record, dataRequests } = await shardedPage();
    await page.goto(url('/articles/time-surveillance-state'));
    await expect
      .poll(async () => {
        await page.keyboard.press('/');
        return page.evaluate(() => document.activeElement?.getAttribute('role'));
      })
      .toBe('combobox');
    await page.keyboard.type('facial recognition glasses', { delay: 20 });
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await expect.poll(() => page.locator('.header-search-status').textContent()).toMatch(/\d+ results?/);
    // Only some of the files: the shards of the words typed and the fragments of the results shown.
    expect(dataRequests.length).toBeGreaterThan(0);
    expect(dataRequests.length).toBeLessThan(files.files.size / 2);

    let href: string | null = null;
    for (let i = 0; i < 20 && !href?.startsWith('/articles/'); i++) {
      await page.keyboard.press('ArrowDown');
      const id = await combobox(page).getAttribute('aria-activedescendant');
      href = id ? await page.locator(`[id="${id}"]`).getAttribute('data-href') : null;
    }
    expect(href).toMatch(/^\/articles\/[a-z0-9-]+\?hl=[^#]+#p-\d+$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/[a-z0-9-]+\?hl=.+#p-\d+$/);
    const paragraph = `#${href!.split('#')[1]}`;
    await expect.poll(() => page.locator(`${paragraph} mark`).count(), { timeout: 5000 }).toBeGreaterThan(0);
    expect((await page.locator(`${paragraph} mark`).allTextContents()).join(' ').toLowerCase()).toMatch(/facial|recognition|glasses/);
    expect(record.errors).toEqual([]);
  });

  it('Ctrl-K, Escape, Enter opens /search with the results', async () => {
    const { page, record } = await shardedPage();
    await page.goto(url('/'));
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+k');
        return page.evaluate(() => document.activeElement?.getAttribute('role'));
      })
      .toBe('combobox');
    // Two words: Enter on a query that is exactly an entry's name opens that entry instead (issue 11).
    await page.keyboard.type('Hikvision cameras');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    await expect(combobox(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Hikvision\+cameras$/);
    await page.locator('.search-results').first().waitFor();
    expect(await page.locator('.search-results a').first().textContent()).toContain('Hikvision');
    expect(record.errors).toEqual([]);
  });

  it('offers the right spelling for a misspelt query', async () => {
    const { page, record } = await shardedPage();
    await page.goto(url('/search?q=survelliance'));
    await page.locator('.search-suggestion a').waitFor();
    expect(await page.locator('.search-suggestion a').textContent()).toBe('surveillance');
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    expect(record.errors).toEqual([]);
  });

  it.each([
    ['a script tag', encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')],
    ['10,000 characters', encodeURIComponent('Chongqing cameras '.repeat(556).slice(0, 10_000))],
    ['operator characters', encodeURIComponent("'^$!|= \"")],
    ['Chinese characters', encodeURIComponent('孟建国')],
  ])('/search?q= with %s: no dialog, no page error', async (_name, q) => {
    const { page, record } = await shardedPage();
    await page.goto(url(`/search?q=${q}`));
    await expect.poll(() => page.locator('.search-summary').textContent(), { timeout: 10_000 }).toMatch(/for “|no letters or digits|nothing/i);
    expect(record.dialogs).toEqual([]);
    expect(record.errors).toEqual([]);
  });

  it('says so when a file of the index cannot be fetched', async () => {
    const { page, record } = await newPage(browser);
    await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(files.index) }));
    await page.route(`**${SEARCH_DATA_PATH}*`, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(url('/search?q=Hikvision'));
    await expect.poll(() => page.locator('body').textContent(), { timeout: 10_000 }).toMatch(/Search could not load: part of the search index did not load/);
    expect(record.errors).toEqual([]);
  });
});
