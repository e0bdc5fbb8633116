import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arrive, itPassesAxe, sharedBrowser, newPage, visit } from './browser';

const browser = sharedBrowser();

const focusedSlug = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-slug') ?? null);

/** Presses Tab until the marker of `slug` has focus; returns how many presses it took (or fails). */
async function tabTo(page: Page, slug: string, limit = 120): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedSlug(page)) === slug) return presses;
  }
  throw new Error(`Tab never reached the ${slug} marker in ${limit} presses`);
}

describe('the map on /places', () => {
  it('a student reaches Chongqing from the map with the keyboard, sees its name and counts, and follows it', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Places' }).click();
    await arrive(page, '**/places');
    await tabTo(page, 'chongqing');
    const marker = page.locator('a.map-marker[data-slug="chongqing"]');
    const name = await marker.getAttribute('aria-label');
    expect(name).toMatch(/^Chongqing: \d+ mentions? in \d+ articles?$/);
    // The same words as an SVG tooltip, and as a label that shows while the marker has focus.
    await expect.poll(() => marker.locator('title').textContent()).toBe(name);
    const label = marker.locator('.map-marker-label');
    await expect.poll(() => label.isVisible()).toBe(true);
    await expect.poll(() => label.textContent()).toBe(name);
    // A visible focus ring.
    const ring = await marker.locator('.map-marker-ring').evaluate((el) => getComputedStyle(el).stroke);
    expect(ring).not.toBe('none');
    // And the label goes again when focus moves on.
    await page.keyboard.press('Tab');
    await expect.poll(() => label.isVisible()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedSlug(page)).toBe('chongqing');
    await page.keyboard.press('Enter');
    await arrive(page, '**/places/chongqing');
    expect(new URL(page.url()).pathname).toBe('/places/chongqing');
    expect(record.errors).toEqual([]);
  });

  it('the marker is found by its accessible name and a click on it goes to the place', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/places');
    const chongqing = page.getByRole('link', { name: /^Chongqing: \d+ mentions?/ });
    await expect.poll(() => chongqing.count()).toBe(1);
    await chongqing.hover();
    await expect.poll(() => chongqing.locator('.map-marker-label').isVisible()).toBe(true);
    await chongqing.click();
    await arrive(page, '**/places/chongqing');
  });

  it('every marker of both views can be clicked on its own, even where places coincide', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/places');
    for (const view of ['china', 'world']) {
      if (view === 'world') await page.getByRole('link', { name: 'World', exact: true }).click();
      const markers = page.locator(`#map-${view} a.map-marker`);
      await expect.poll(() => page.locator(`#map-${view}`).isVisible()).toBe(true);
      const n = await markers.count();
      expect(n).toBeGreaterThan(10);
      for (let i = 0; i < n; i++) {
        // A trial click checks that the marker itself, not a neighbour drawn over it, receives the click.
        await markers.nth(i).click({ trial: true });
      }
    }
    // Zhengzhou and the Shijiachi complex share one point; both are there, apart.
    const [a, b] = await Promise.all(
      ['zhengzhou', 'shijiachi'].map((s) => page.locator(`a.map-marker[data-slug="${s}"] .map-marker-dot`).evaluate((el) => [Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))])),
    );
    expect(Math.hypot(a![0]! - b![0]!, a![1]! - b![1]!)).toBeGreaterThan(10);
  });

  it('every place on the map is also in the list', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/places');
    const onMap = await page.locator('a.map-marker').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const inList = new Set(await page.locator('.index-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href'))));
    expect(onMap.length).toBeGreaterThan(20);
    for (const href of onMap) expect(inList.has(href)).toBe(true);
  });

  it('switches between the China and world views without JavaScript', async () => {
    const { page } = await newPage(browser(), { javaScriptEnabled: false });
    await visit(page, '/places');
    await expect.poll(() => page.locator('#map-china').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#map-world').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'World', exact: true }).click();
    await page.waitForURL((u) => u.hash === '#map-world');
    await expect.poll(() => page.locator('#map-world').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#map-china').isVisible()).toBe(false);
    await expect.poll(() => page.locator('#map-world a.map-marker[data-slug="london"]').isVisible()).toBe(true);
    // From the world view, the frame around China leads back to the China view.
    await page.getByRole('link', { name: 'Show the China map' }).click();
    await expect.poll(() => page.locator('#map-china').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#map-world').isVisible()).toBe(false);
    // And the list is all there, in the default order, without controls.
    // Without scripts nothing changes after the load: the count is read once.
    const status = await page.getByRole('status').textContent();
    const total = Number(/Showing all (\d+) places/.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    await expect.poll(() => page.locator('.index-list > li').count()).toBe(total);
    await expect.poll(() => page.locator('.index-controls').count()).toBe(0);
  });

  it('makes no request to any other site, and loads no map tiles or images', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/places');
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: 'World', exact: true }).click();
    await page.locator('a.map-marker[data-slug="london"]').hover();
    await page.waitForLoadState('networkidle');
    expect(record.requests.length).toBeGreaterThan(1);
    expect(record.foreignRequests).toEqual([]);
    expect(record.requests.filter((r) => /\.(png|jpe?g|webp|pbf|mvt)(\?|$)/.test(r))).toEqual([]);
    await expect.poll(() => page.locator('svg image, svg use[href^="http"]').count()).toBe(0);
    expect(record.errors).toEqual([]);
  });
});

describe('accessibility of the index pages: zero axe violations, light and dark', () => {
  // Once interactive, the sort and filter controls are part of the page axe checks.
  itPassesAxe(browser, ['/places', '/places#map-world', '/people', '/organizations', '/claims', '/themes'], (page) => page.locator('.index-controls').waitFor());
});
