import { describe, expect, it } from 'vitest';
import { arrive, articleSlugs, back, newPage, reload, sharedBrowser, visit, expectNoAxeViolations } from './browser';
import { combobox, describeSearchJourneys } from './search-journeys';

const browser = sharedBrowser();

describeSearchJourneys('search with the exported index', () => newPage(browser()));

describe('search', () => {
  it('/search holds the query and filters in the address; the back button restores them', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/search?q=Chongqing');
    await page.locator('.search-results').first().waitFor();
    const before = await page.locator('.search-results').last().locator('li').count();
    await page.locator('.search-filter select').first().selectOption('time-surveillance-state');
    await page.waitForURL(/article=time-surveillance-state/);
    await expect.poll(() => page.locator('.search-results').last().locator('li').count()).toBeLessThan(before);
    for (const text of await page.locator('.search-results').last().locator('.search-result-source').allTextContents()) {
      expect(text).toMatch(/TIME/);
    }
    await back(page);
    await page.waitForURL(/\/search\?q=Chongqing$/);
    await expect.poll(() => page.locator('.search-results').last().locator('li').count()).toBe(before);

    // Typing replaces the query in the address.
    await page.locator('#search-page-input').fill('Xiangyang');
    await page.waitForURL(/\/search\?q=Xiangyang$/);
    await expect.poll(() => page.locator('.search-results a').first().textContent()).toContain('Xiangyang');
    expect(record.errors).toEqual([]);
  });

  it('a 10,000-character paste in the header box is cut, with a note', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/');
    await combobox(page).focus();
    await combobox(page).fill('surveillance '.repeat(800));
    await page.locator('.search-truncated').first().waitFor();
    await expect.poll(() => page.locator('.search-truncated').first().textContent()).toMatch(/first 200 characters/);
    expect(record.errors).toEqual([]);
  });

  it('10,000 pasted Chinese characters make an address of at most the 200 the engine uses, from the header and the search page', async () => {
    const pasted = '监控摄像头'.repeat(2_000);
    const { page, record } = await newPage(browser());
    await visit(page, '/');
    await combobox(page).fill(pasted);
    await page.keyboard.press('Enter');
    // A new page: its input only reacts once React has hydrated it.
    await arrive(page, /\/search\?q=/);
    const fromHeader = new URL(page.url()).searchParams.get('q')!;
    expect(fromHeader.length).toBeGreaterThan(0);
    expect(fromHeader.length).toBeLessThanOrEqual(200);
    expect(pasted.startsWith(fromHeader)).toBe(true);
    // The layout hydrating is not enough here: the search page's own component (inside a Suspense boundary) may
    // hydrate later, and a fill before it does is lost. Its summary of the query is rendered only by it: wait for that.
    await expect.poll(() => page.locator('.search-summary').textContent()).toMatch(/for “|no letters or digits|nothing/i);

    await page.locator('#search-page-input').fill(pasted);
    await expect.poll(() => page.locator('.search-truncated').count()).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length ?? 0).toBeGreaterThan(0);
    expect((new URL(page.url()).searchParams.get('q') ?? '').length).toBeLessThanOrEqual(200);
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe(pasted);
    // The address works on reload: no 431 from the server.
    const reloaded = await reload(page);
    expect(reloaded?.status()).toBe(200);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, /search offers the index pages and the articles', async () => {
    const { page } = await newPage(browser(), { javaScriptEnabled: false });
    await visit(page, '/search?q=Hikvision');
    await expect.poll(() => page.locator('header form[action="/search"] input[name="q"]').count()).toBe(1);
    const links = await page.locator('.search-noscript a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of ['/places', '/people', '/organizations', '/themes', '/claims']) expect(links).toContain(href);
    expect(links.filter((h) => h?.startsWith('/articles/'))).toHaveLength(articleSlugs().length);
  });

  it('the search page and the open result list pass axe', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/search?q=Hikvision');
    await page.locator('.search-results').first().waitFor();
    await expectNoAxeViolations(page);
    await combobox(page).focus();
    await page.keyboard.type('Wu Fuchun');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => combobox(page).getAttribute('aria-activedescendant')).toBeTruthy();
    await expectNoAxeViolations(page);
  });
});
