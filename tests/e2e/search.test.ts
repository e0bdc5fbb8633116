import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, formatViolations, sharedBrowser, newPage, visit, waitForHydration } from './browser';

const browser = sharedBrowser();

const combobox = (page: Page) => page.locator('header [role="combobox"]');
const activeId = (page: Page) => combobox(page).getAttribute('aria-activedescendant');

/** Moves down the result list until the first passage is the active option; returns its link. */
async function activateFirstPassage(page: Page): Promise<string> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('ArrowDown');
    const id = await activeId(page);
    const option = id ? page.locator(`[id="${id}"]`) : null;
    const href = option ? await option.getAttribute('data-href') : null;
    if (href?.startsWith('/articles/')) return href;
  }
  throw new Error('no passage among the first 20 results');
}

describe('search', () => {
  it('header search: type, move with ArrowDown, Enter lands on the paragraph with the words marked', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/articles/time-surveillance-state');
    // Nothing of search is loaded with the page: neither the index nor Fuse.
    expect(record.requests.some((r) => r.includes('search-index.json'))).toBe(false);

    // “/” works once the page is interactive (the shortcut is attached on hydration): press until it takes.
    await expect
      .poll(async () => {
        await page.keyboard.press('/');
        return page.evaluate(() => document.activeElement?.getAttribute('role'));
      })
      .toBe('combobox');
    await expect.poll(() => combobox(page).inputValue()).toBe('');
    await page.keyboard.type('facial recognition glasses', { delay: 20 });
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    expect(record.requests.some((r) => r.includes('search-index.json'))).toBe(true);
    await expect.poll(() => combobox(page).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('.header-search-status').textContent()).toMatch(/\d+ results?/);

    const href = await activateFirstPassage(page);
    expect(href).toMatch(/^\/articles\/[a-z0-9-]+\?hl=[^#]+#p-\d+$/);
    await expect.poll(async () => page.locator(`[id="${await activeId(page)}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/[a-z0-9-]+\?hl=.+#p-\d+$/);

    const paragraph = `#${href.split('#')[1]}`;
    await expect.poll(() => page.locator(`${paragraph} mark`).count(), { timeout: 5000 }).toBeGreaterThan(0);
    const marked = (await page.locator(`${paragraph} mark`).allTextContents()).join(' ').toLowerCase();
    expect(marked).toMatch(/facial|recognition|glasses/);
    expect(record.errors).toEqual([]);
    expect(record.dialogs).toEqual([]);
  });

  it('Ctrl-K focuses the header search, Esc closes the list, Enter without a choice opens /search', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/');
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+k');
        return page.evaluate(() => document.activeElement?.getAttribute('role'));
      })
      .toBe('combobox');
    // Not exactly the name of an entry (Enter on "Hikvision" alone opens its page), so Enter opens /search.
    await page.keyboard.type('Hikvision cameras');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => combobox(page).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Hikvision\+cameras$/);
    await page.locator('.search-results').first().waitFor();
    await expect.poll(() => page.locator('.search-results a').first().textContent()).toContain('Hikvision');
    expect(record.errors).toEqual([]);
  });

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
    await page.goBack();
    await page.waitForURL(/\/search\?q=Chongqing$/);
    await expect.poll(() => page.locator('.search-results').last().locator('li').count()).toBe(before);

    // Typing replaces the query in the address.
    await page.locator('#search-page-input').fill('Xiangyang');
    await page.waitForURL(/\/search\?q=Xiangyang$/);
    await expect.poll(() => page.locator('.search-results a').first().textContent()).toContain('Xiangyang');
    expect(record.errors).toEqual([]);
  });

  it('offers the right spelling for a misspelt query, and explains when nothing matched', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/search?q=survelliance');
    await page.locator('.search-suggestion a').waitFor();
    await expect.poll(() => page.locator('.search-suggestion a').textContent()).toBe('surveillance');
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(0);
    await visit(page, '/search?q=qqqqzzzz');
    await page.locator('.search-nothing').waitFor();
    const text = await page.locator('.search-nothing').textContent();
    expect(text).toMatch(/Nothing matched “qqqqzzzz”/);
    expect(text).toMatch(/Try fewer words/);
    await expect.poll(() => page.locator('.search-nothing a[href="/places"]').count()).toBe(1);
    expect(record.errors).toEqual([]);
  });

  const badInputs: [string, string][] = [
    ['a script tag', encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')],
    ['NUL', '%00'],
    ['10,000 characters', encodeURIComponent('Chongqing cameras '.repeat(556).slice(0, 10_000))],
    ['emoji', encodeURIComponent('👁️📷🔍')],
    ['right-to-left text', encodeURIComponent('\u202Eמצלמות מעקב في الصين\u202C')],
    ['operator characters', encodeURIComponent("'^$!|= \"")],
    ['Chinese characters', encodeURIComponent('孟建国')],
  ];

  it.each(badInputs)('/search?q= with %s: no dialog, no page error', async (name, q) => {
    const { page, record } = await newPage(browser());
    await visit(page, `/search?q=${q}`);
    await page.locator('.search-summary').waitFor();
    await expect.poll(() => page.locator('.search-summary').textContent(), { timeout: 10_000 }).toMatch(/for “|no letters or digits|nothing/i);
    if (name === '10,000 characters') {
      await expect.poll(() => page.locator('.search-truncated').isVisible()).toBe(true);
      expect((await page.locator('#search-page-input').inputValue()).length).toBe(10_000);
    }
    await page.waitForLoadState('networkidle');
    expect(record.dialogs).toEqual([]);
    expect(record.errors).toEqual([]);
    // The query is shown as text: nothing in it became markup.
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[onerror], main img').length)).toBe(0);
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
    await page.waitForURL(/\/search\?q=/);
    const fromHeader = new URL(page.url()).searchParams.get('q')!;
    expect(fromHeader.length).toBeGreaterThan(0);
    expect(fromHeader.length).toBeLessThanOrEqual(200);
    expect(pasted.startsWith(fromHeader)).toBe(true);
    // A new page: its input only reacts once React has hydrated it.
    await waitForHydration(page);

    await page.locator('#search-page-input').fill(pasted);
    await expect.poll(() => page.locator('.search-truncated').count()).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length ?? 0).toBeGreaterThan(0);
    expect((new URL(page.url()).searchParams.get('q') ?? '').length).toBeLessThanOrEqual(200);
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe(pasted);
    // The address works on reload: no 431 from the server.
    const reloaded = await page.reload();
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
    expect(links.filter((h) => h?.startsWith('/articles/'))).toHaveLength(4);
  });

  it('the search page and the open result list pass axe', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/search?q=Hikvision');
    await page.locator('.search-results').first().waitFor();
    let violations = await axe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await combobox(page).focus();
    await page.keyboard.type('Wu Fuchun');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    violations = await axe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
