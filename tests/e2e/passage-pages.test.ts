import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, formatViolations, launchBrowser, newPage, url } from './browser';
import { exportedPages } from './site-pages';

/**
 * An entry with more passages than fit on one page (lib/paging.ts, 50 a page: China, named 69 times in the
 * four articles) pages through them: following “Next” from its page reaches every passage once, and every
 * article's count (on the first page) links to the page where its passages are.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('pages of passages', () => {
  const paged = exportedPages().filter((p) => /^\/(places|people|organizations)\/\[slug\]\/passages\/\[page\]$/.test(p.pattern));

  it('some entry of the real library has more than one page of passages', () => {
    expect(paged.map((p) => p.path)).toContain('/places/china/passages/2');
  });

  it('following Next from the entry’s page reaches every passage exactly once', async () => {
    const { page, record } = await newPage(browser);
    await page.goto(url('/places/china'));
    const range = (await page.locator('.passage-range').textContent()) ?? '';
    const total = Number(/of (\d+),/.exec(range)?.[1]);
    expect(total).toBeGreaterThan(50);
    const seen: string[] = [];
    const pagesVisited: string[] = [];
    for (let i = 0; i < 20; i++) {
      pagesVisited.push(new URL(page.url()).pathname);
      seen.push(...(await page.locator('.mention-group .passage-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))));
      const next = page.locator('.passage-pager a[rel="next"]').first();
      if ((await next.count()) === 0) break;
      await Promise.all([page.waitForNavigation(), next.click()]);
    }
    expect(pagesVisited).toEqual(['/places/china', '/places/china/passages/2']);
    expect(seen).toHaveLength(total);
    // Each mention is one passage link; a passage naming China twice is listed twice, once per mention.
    expect(new Set(seen).size).toBeGreaterThan(total / 2);
    expect(record.errors).toEqual([]);
  });

  it('every article’s count links to the page holding its passages; later pages link to the counts', async () => {
    const { page } = await newPage(browser);
    await page.goto(url('/places/china/passages/2'));
    await Promise.all([page.waitForNavigation(), page.locator('a[href="/places/china#article-counts"]').click()]);
    await page.locator('.article-counts summary').click();
    const links = await page.locator('.article-counts a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBe(4);
    for (const href of links) {
      await page.goto(url(href));
      const id = href.split('#')[1]!;
      await expect(page.locator(`[id="${id}"] .passage-link`).count()).resolves.toBeGreaterThan(0);
    }
  });

  it('a page number that does not exist is the 404 page', async () => {
    const { page } = await newPage(browser);
    for (const bad of ['/places/china/passages/3', '/places/china/passages/1', '/places/china/passages/x', '/places/beijing/passages/2']) {
      const response = await page.goto(url(bad));
      expect(response?.status(), bad).toBe(404);
    }
  });

  it('the first page with its counts open and the second page pass axe, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const first = (await newPage(browser, { colorScheme })).page;
      await first.goto(url('/places/china'));
      await first.locator('.article-counts summary').click();
      const firstViolations = await axe(first);
      expect(firstViolations, `${colorScheme}: ${formatViolations(firstViolations)}`).toEqual([]);
      const { page } = await newPage(browser, { colorScheme });
      await page.goto(url('/places/china/passages/2'));
      const violations = await axe(page);
      expect(violations, `${colorScheme}: ${formatViolations(violations)}`).toEqual([]);
    }
  });
});
