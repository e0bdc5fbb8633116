import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arrive, visit, type PageRecord } from './browser';

/**
 * The search journeys, written once and run against each form of the index: search.test.ts runs them against the
 * exported index, search-sharded.test.ts against a sharded one. A form's own checks come in through `afterResults`.
 */

/** A fresh page with the index in the form under test (routes set up, if any), and what it recorded. */
export type OpenSearchPage = () => Promise<{ page: Page; record: PageRecord }>;

export type SearchJourneyOptions = {
  /** Called once the header's result list shows results for a query: checks of what this form of the index fetched. */
  afterResults?: (page: Page) => Promise<void>;
};

export const combobox = (page: Page) => page.locator('header [role="combobox"]');
const activeId = (page: Page) => combobox(page).getAttribute('aria-activedescendant');

/** Moves down the result list, one option at a time, until a passage is the active option; returns its link. */
export async function activateFirstPassage(page: Page): Promise<string> {
  let active = await activeId(page);
  for (let i = 0; i < 20; i++) {
    const before = active;
    await page.keyboard.press('ArrowDown');
    // The list answers the key in its own render: wait for the active option to move before reading it.
    await expect.poll(() => activeId(page)).not.toBe(before);
    active = await activeId(page);
    const href = active ? await page.locator(`[id="${active}"]`).getAttribute('data-href') : null;
    if (href?.startsWith('/articles/')) return href;
  }
  throw new Error('no passage among the first 20 results');
}

/** Presses a shortcut until it takes (it is attached on hydration) and the header's search box has focus. */
async function focusSearchWith(page: Page, key: string) {
  await expect
    .poll(async () => {
      await page.keyboard.press(key);
      return page.evaluate(() => document.activeElement?.getAttribute('role'));
    })
    .toBe('combobox');
}

/** Hostile, odd and huge queries for /search?q=. */
export const badQueries: [string, string][] = [
  ['a script tag', encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')],
  ['NUL', '%00'],
  ['10,000 characters', encodeURIComponent('Chongqing cameras '.repeat(556).slice(0, 10_000))],
  ['emoji', encodeURIComponent('👁️📷🔍')],
  ['right-to-left text', encodeURIComponent('\u202Eמצלמות מעקב في الصين\u202C')],
  ['operator characters', encodeURIComponent("'^$!|= \"")],
  ['Chinese characters', encodeURIComponent('孟建国')],
];

/** Registers the shared search journeys in a describe block of their own. */
export function describeSearchJourneys(name: string, open: OpenSearchPage, options: SearchJourneyOptions = {}) {
  describe(name, () => {
    it('header search: type, move with ArrowDown, Enter lands on the paragraph with the words marked', async () => {
      const { page, record } = await open();
      await visit(page, '/articles/time-surveillance-state');
      // Nothing of search is loaded with the page: neither the index nor Fuse.
      expect(record.requests.some((r) => r.includes('search-index.json'))).toBe(false);

      // “/” works once the page is interactive (the shortcut is attached on hydration): press until it takes.
      await focusSearchWith(page, '/');
      await expect.poll(() => combobox(page).inputValue()).toBe('');
      await page.keyboard.type('facial recognition glasses', { delay: 20 });
      await page.locator('[role="listbox"] [role="option"]').first().waitFor();
      expect(record.requests.some((r) => r.includes('search-index.json'))).toBe(true);
      await expect.poll(() => combobox(page).getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => page.locator('.header-search-status').textContent()).toMatch(/\d+ results?/);
      await options.afterResults?.(page);

      const href = await activateFirstPassage(page);
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+\?hl=[^#]+#p-\d+$/);
      await expect.poll(async () => page.locator(`[id="${await activeId(page)}"]`).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      await arrive(page, /\/articles\/[a-z0-9-]+\?hl=.+#p-\d+$/);

      const paragraph = `#${href.split('#')[1]}`;
      await expect.poll(() => page.locator(`${paragraph} mark`).count()).toBeGreaterThan(0);
      const marked = (await page.locator(`${paragraph} mark`).allTextContents()).join(' ').toLowerCase();
      expect(marked).toMatch(/facial|recognition|glasses/);
      expect(record.errors).toEqual([]);
      expect(record.dialogs).toEqual([]);
    });

    it('Ctrl-K focuses the header search, Esc closes the list, Enter without a choice opens /search', async () => {
      const { page, record } = await open();
      await visit(page, '/');
      await focusSearchWith(page, 'Control+k');
      // Not exactly the name of an entry (Enter on "Hikvision" alone opens its page), so Enter opens /search.
      await page.keyboard.type('Hikvision cameras');
      await page.locator('[role="listbox"] [role="option"]').first().waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => combobox(page).getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Enter');
      await arrive(page, /\/search\?q=Hikvision\+cameras$/);
      await page.locator('.search-results').first().waitFor();
      await expect.poll(() => page.locator('.search-results a').first().textContent()).toContain('Hikvision');
      expect(record.errors).toEqual([]);
    });

    it('offers the right spelling for a misspelt query, and explains when nothing matched', async () => {
      const { page, record } = await open();
      await visit(page, '/search?q=survelliance');
      await page.locator('.search-suggestion a').waitFor();
      await expect.poll(() => page.locator('.search-suggestion a').textContent()).toBe('surveillance');
      await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(0);
      await visit(page, '/search?q=qqqqzzzz');
      const nothing = page.locator('.search-nothing');
      await nothing.waitFor();
      await expect.poll(() => nothing.textContent()).toMatch(/Nothing matched “qqqqzzzz”/);
      await expect.poll(() => nothing.textContent()).toMatch(/Try fewer words/);
      await expect.poll(() => page.locator('.search-nothing a[href="/places"]').count()).toBe(1);
      expect(record.errors).toEqual([]);
    });

    it.each(badQueries)('/search?q= with %s: no dialog, no page error', async (query, q) => {
      const { page, record } = await open();
      await visit(page, `/search?q=${q}`);
      await page.locator('.search-summary').waitFor();
      await expect.poll(() => page.locator('.search-summary').textContent()).toMatch(/for “|no letters or digits|nothing/i);
      if (query === '10,000 characters') {
        await expect.poll(() => page.locator('.search-truncated').isVisible()).toBe(true);
        await expect.poll(async () => (await page.locator('#search-page-input').inputValue()).length).toBe(10_000);
      }
      await page.waitForLoadState('networkidle');
      expect(record.dialogs).toEqual([]);
      expect(record.errors).toEqual([]);
      // The query is shown as text: nothing in it became markup.
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('[onerror], main img').length)).toBe(0);
    });
  });
}
