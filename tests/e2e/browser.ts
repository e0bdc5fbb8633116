import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import axe, { formatViolations } from './axe';
import { loadLibrary } from '@/lib/content/load';
import type { ArticleSlug } from '@/lib/ids';

export const baseUrl = () => process.env.SIGHTLINES_BASE_URL ?? inject('baseUrl');

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Call at the top of the file and
 * pass the returned getter's value to newPage: `const browser = sharedBrowser(); … newPage(browser())`.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('sharedBrowser(): the browser is used before beforeAll launched it');
    return browser;
  };
}

/** What a page did that a test may forbid: requests elsewhere, dialogs, script errors. */
export type PageRecord = { requests: string[]; foreignRequests: string[]; dialogs: string[]; errors: string[] };

/** Pages whose context runs no scripts: nothing hydrates there, so nothing is waited for. */
const withoutScripts = new WeakSet<Page>();

/** A page in a fresh context that records every request, dialog and uncaught error. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; record: PageRecord }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  if (options.javaScriptEnabled === false) withoutScripts.add(page);
  const origin = new URL(baseUrl()).origin;
  const record: PageRecord = { requests: [], foreignRequests: [], dialogs: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    record.requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) record.foreignRequests.push(url);
  });
  page.on('dialog', async (dialog) => {
    record.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  return { page, record };
}

export const url = (path: string) => new URL(path, baseUrl()).toString();

/**
 * Waits until React has hydrated the page. The header's colour control is rendered disabled and enabled by an effect,
 * so it is enabled exactly when the layout's scripts have run; every page has it, the 404 page included.
 * Parts inside a Suspense boundary may hydrate a moment later: tests of those wait for what they assert.
 */
export async function waitForHydration(page: Page, timeout = 30_000): Promise<void> {
  if (withoutScripts.has(page)) return;
  await page.locator('.theme-choice select:not([disabled])').first().waitFor({ state: 'attached', timeout });
}

/** Opens a path of the site and waits for hydration, so that what a test does next meets a working page. */
export async function visit(page: Page, path: string, options?: Parameters<Page['goto']>[1]) {
  const response = await page.goto(url(path), options);
  await waitForHydration(page);
  return response;
}

/**
 * After something the page does that loads another page (a click on a plain <a>, Enter in a box that opens a
 * page, a form sent): waits for the new address, then for the new page to hydrate. The address is waited for
 * first, because until it changes the old page, hydrated, is still there and would satisfy the second wait.
 * A client-side navigation keeps the hydrated layout, so the second wait then returns at once.
 */
export async function arrive(page: Page, address: Parameters<Page['waitForURL']>[0]): Promise<void> {
  await page.waitForURL(address);
  await waitForHydration(page);
}

/** Reloads the page and waits for it to hydrate again. */
export async function reload(page: Page) {
  const response = await page.reload();
  await waitForHydration(page);
  return response;
}

/** Goes back in the history and waits for the page there to hydrate (at once, for an entry of the same document). */
export async function back(page: Page) {
  const response = await page.goBack();
  await waitForHydration(page);
  return response;
}

/** The articles' slugs, in publication order, from the content (so no test lists them by hand). */
export function articleSlugs(): ArticleSlug[] {
  return loadLibrary().articles.map((a) => a.slug);
}

/**
 * Counts the page's layout shifts from its first paint, as Lighthouse's CLS does (shifts right after input left
 * out). Call before the page is opened; read the sum with `layoutShift`.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift counted since `recordLayoutShifts`, once two more frames have been drawn. */
export async function layoutShift(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/** Runs axe on the page as it is now and fails with axe's own account of whatever it finds. */
export async function expectNoAxeViolations(page: Page, label = ''): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${label ? `${label}: ` : ''}${formatViolations(violations)}`).toEqual([]);
}

/**
 * One test per path and colour scheme (light, then dark): the page, opened in a fresh context and hydrated, and
 * then made `ready` if the test needs more of it on show, has no axe violations.
 */
export function itPassesAxe(browser: () => Browser, paths: string[], ready?: (page: Page, path: string) => Promise<void>): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of paths) {
      it(`${path} (${colorScheme})`, async () => {
        const { page } = await newPage(browser(), { colorScheme });
        await visit(page, path);
        await ready?.(page, path);
        await expectNoAxeViolations(page);
      });
    }
  }
}

export { axe, formatViolations };
