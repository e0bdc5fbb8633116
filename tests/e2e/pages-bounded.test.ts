import { describe, expect, it } from 'vitest';
import { getCompareData } from '@/lib/compare';
import { getLibrary } from '@/lib/library';
import { arrive, articleSlugs, itPassesAxe, newPage, sharedBrowser, url, visit } from './browser';

/**
 * Pages that must not grow with the library (issue 13): /articles pages its list, and /compare fetches its
 * pickers' list of articles instead of embedding it. At four articles /articles is one page; the paging itself
 * is measured at a thousand articles by scripts/bench/side-by-side.ts.
 */
const browser = sharedBrowser();
const library = getLibrary();
const [DEFAULT_LEFT, DEFAULT_RIGHT] = getCompareData().defaultPair;
const others = library.articles.filter((a) => a.slug !== DEFAULT_LEFT && a.slug !== DEFAULT_RIGHT);

describe('/articles', () => {
  it('reaches every article, in publication order, following its pages', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/articles');
    const seen: string[] = [];
    for (let i = 0; i < 100; i++) {
      seen.push(...(await page.locator('.articles-index ol.link-list > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
      const next = page.locator('.passage-pager a[rel="next"]').first();
      if ((await next.count()) === 0) break;
      const href = (await next.getAttribute('href'))!;
      await next.click();
      await arrive(page, (u) => u.pathname === href);
    }
    expect(seen).toEqual(articleSlugs().map((slug) => `/articles/${slug}`));
    expect(record.errors).toEqual([]);
  });

  it('a page of the list that does not exist is the 404 page, not a crash', async () => {
    for (const path of ['/articles/page/2', '/articles/page/0', '/articles/page/none']) {
      const { page, record } = await newPage(browser());
      const response = await visit(page, path);
      expect(response?.status(), path).toBe(404);
      expect(record.errors).toEqual([]);
    }
  });

  describe('zero axe violations', () => {
    itPassesAxe(browser, ['/articles']);
  });
});

describe('/compare and its list of articles', () => {
  it('the page does not embed the articles it does not show; the pickers offer every article once the list arrives', async () => {
    expect(others.length).toBeGreaterThan(0);
    const html = await (await fetch(url('/compare'))).text();
    for (const a of others) expect(html, a.title).not.toContain(a.title);
    const { page, record } = await newPage(browser());
    await visit(page, '/compare');
    const options = page.locator('#compare-a option');
    await expect.poll(() => options.count()).toBe(library.articles.length);
    await expect.poll(() => options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(expect.arrayContaining(articleSlugs()));
    expect(record.requests.filter((r) => r.endsWith('/compare-articles.json'))).toHaveLength(1);
    expect(record.errors).toEqual([]);
  });

  it('the pickers work with the keyboard alone', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/compare');
    await expect.poll(() => page.locator('#compare-b option').count()).toBe(library.articles.length);
    const values = await page.locator('#compare-b option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const at = values.indexOf(DEFAULT_RIGHT);
    // One step down (or up, from the last), skipping the left article, which the right cannot also be.
    const step = at < values.length - 1 && values[at + 1] !== DEFAULT_LEFT ? 1 : at > 0 && values[at - 1] !== DEFAULT_LEFT ? -1 : 2;
    const target = values[at + step]!;
    await page.locator('#compare-b').focus();
    for (let i = 0; i < Math.abs(step); i++) await page.keyboard.press(step > 0 ? 'ArrowDown' : 'ArrowUp');
    await page.waitForURL((u) => u.searchParams.get('b') === target);
    await page.locator(`section[data-pair="${DEFAULT_LEFT}+${target}"]`).waitFor();
    expect(record.errors).toEqual([]);
  });

  it('if the list cannot be loaded, the default pair still shows and another pair says why it cannot', async () => {
    const { page, record } = await newPage(browser());
    await page.route('**/compare-articles.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await visit(page, '/compare');
    await page.locator(`section[data-pair="${DEFAULT_LEFT}+${DEFAULT_RIGHT}"]`).waitFor();
    await expect.poll(() => page.locator('.compare-notice[role="status"]').textContent()).toContain('HTTP 503');
    await visit(page, `/compare?a=${others[0]!.slug}&b=${DEFAULT_LEFT}`);
    const alert = page.locator('.compare-notice[role="alert"]');
    await alert.waitFor();
    await expect.poll(() => alert.textContent()).toContain('The list of articles could not be loaded');
    expect(record.errors).toEqual([]);
  });
});
