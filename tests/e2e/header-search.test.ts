import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { arrive, newPage, sharedBrowser, url, visit, waitForHydration } from './browser';
import { combobox } from './search-journeys';
import { outDir } from './site-pages';

/**
 * The header search box is server-rendered and works before any script has run; its combobox is an island that
 * attaches to that input and fetches its larger code on first use (issue 13, first-load JavaScript). What the
 * reader types before either arrives is kept, and nothing of the combobox is fetched until the box is used.
 */

const browser = sharedBrowser();

/** The script chunk(s) of out/ that hold the result list's code (found by a text only that code says). */
function panelChunks(): string[] {
  const dir = path.join(outDir, '_next/static/chunks');
  const found = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes('Use the arrow keys to choose one'))
    .map((f) => `/_next/static/chunks/${f}`);
  if (found.length === 0) throw new Error('no chunk of out/ holds the header search list: was the site built?');
  return found;
}

/**
 * Holds every request matching `pattern` until `release()` is called (a network slow enough to act before it
 * answers); from then on they pass at once.
 */
async function hold(page: Page, pattern: RegExp): Promise<{ release: () => void; held: () => number }> {
  let open!: () => void;
  const released = new Promise<void>((resolve) => (open = resolve));
  let count = 0;
  const handler = async (route: Route) => {
    count++;
    await released;
    await route.continue();
  };
  await page.route(pattern, handler);
  return {
    release: () => open(),
    held: () => count,
  };
}

const isHydrated = (page: Page) => page.locator('.theme-choice select:not([disabled])').count().then((n) => n > 0);
const scriptsOf = (requests: string[]) => requests.filter((r) => /\.js(\?|$)/.test(new URL(r).pathname)).map((r) => new URL(r).pathname);

describe('the header search box before its scripts', () => {
  it('keeps what is typed before hydration, in the same element with its caret, and Enter then opens /search with it', async () => {
    const { page, record } = await newPage(browser());
    // The page's scripts are held back, so the typing certainly comes before hydration, on any machine.
    const scripts = await hold(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.goto(url('/about'), { waitUntil: 'domcontentloaded' });
    const box = combobox(page);
    await box.click();
    await page.keyboard.type('cameras in Chongqing', { delay: 10 });
    expect(await isHydrated(page)).toBe(false);
    expect(scripts.held()).toBeGreaterThan(0);
    await box.evaluate((el) => el.setAttribute('data-typed-before-hydration', ''));

    scripts.release();
    await waitForHydration(page);
    // The very element the reader typed into, still holding the text and the caret at its end.
    await expect.poll(() => page.locator('[data-typed-before-hydration]').count()).toBe(1);
    await expect.poll(() => box.inputValue()).toBe('cameras in Chongqing');
    expect(await box.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([20, 20]);
    // It had the focus when the page hydrated, so the combobox loaded and searched what was already there.
    await page.locator('.search-all').waitFor();
    await expect.poll(() => page.locator('.search-all').textContent()).toContain('“cameras in Chongqing”');

    await page.keyboard.press('Enter');
    await arrive(page, /\/search\?q=cameras\+in\+Chongqing$/);
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe('cameras in Chongqing');
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it('sends the form to /search with what was typed when Enter comes before any script has run', async () => {
    const { page, record } = await newPage(browser());
    const scripts = await hold(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.goto(url('/'), { waitUntil: 'domcontentloaded' });
    await combobox(page).click();
    await page.keyboard.type('Hikvision', { delay: 10 });
    expect(await isHydrated(page)).toBe(false);
    await page.keyboard.press('Enter');
    // The new page's scripts are held too: wait for the address only, then let them run.
    await page.waitForURL(/\/search\?q=Hikvision$/, { waitUntil: 'commit' });
    scripts.release();
    await waitForHydration(page);
    await expect.poll(() => page.locator('.search-results a').first().textContent()).toContain('Hikvision');
    expect(record.errors).toEqual([]);
    await page.context().close();
  });
});

describe('the header search box loads its code on first use', () => {
  it('no page load fetches the result list’s code; the first focus does, and what is typed meanwhile is searched', async () => {
    const chunks = panelChunks();
    const { page, record } = await newPage(browser());
    await visit(page, '/articles/nyt-dystopian-dreams', { waitUntil: 'networkidle' });
    const loaded = scriptsOf(record.requests);
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((s) => chunks.includes(s))).toEqual([]);
    expect(record.requests.some((r) => r.includes('search-index.json'))).toBe(false);

    // The list's code is on its way (held) while the reader types: nothing typed is lost when it lands.
    const list = await hold(page, /\/_next\/static\/chunks\/.+\.js$/);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('Hikvision cam', { delay: 10 });
    await expect.poll(() => list.held()).toBeGreaterThan(0);
    list.release();
    await page.locator('.search-all').waitFor();
    await expect.poll(() => page.locator('.search-all').textContent()).toContain('“Hikvision cam”');
    const used = scriptsOf(record.requests);
    expect(used.filter((s) => chunks.includes(s)).length).toBeGreaterThan(0);
    expect(record.requests.some((r) => r.includes('search-index.json'))).toBe(true);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });
});
