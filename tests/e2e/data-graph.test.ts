import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arrive, newPage, sharedBrowser, url, visit, expectNoAxeViolations } from './browser';

const browser = sharedBrowser();

/** Waits until the graph's client component has read the drawing (its status line is rendered only then). */
async function graphReady(page: Page) {
  await page.locator('.graph-status').waitFor();
}

const visibleNodes = (page: Page, selector = 'a.graph-node') =>
  page.locator(`#graph ${selector}`).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length);

describe('/graph', () => {
  it('is readable without JavaScript: every node a link, and the table of the same nodes', async () => {
    const { page } = await newPage(browser(), { javaScriptEnabled: false });
    await visit(page, '/graph');
    // Without scripts nothing changes after the load: what the server sent is read once.
    const nodes = await page.locator('#graph a.graph-node').count();
    expect(nodes).toBeGreaterThan(100);
    expect(await page.locator('#graph-table tbody tr').count()).toBe(nodes);
    expect(await page.locator('#graph a.graph-node[href="/places/chongqing"]').count()).toBe(1);
    // Without scripts the controls keep their place but are not shown: nothing offers a filter that cannot work.
    expect(await page.locator('.graph-controls').isVisible()).toBe(false);
    expect((await page.locator('.graph-legend li').allTextContents()).map((t) => t.trim())).toEqual(['People (circle)', 'Places (square)', 'Organizations (diamond)', 'Themes (triangle)']);
  });

  it('a node is reached with the keyboard, names itself and its neighbours, and Enter opens its page', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/graph');
    await graphReady(page);
    await page.locator('#graph-search').focus();
    await page.keyboard.press('Tab'); // the reset button
    await page.keyboard.press('Tab'); // the first node: the most mentioned
    const focusedNode = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.matches('a.graph-node') ? { id: el.dataset.id, href: el.getAttribute('href'), label: el.getAttribute('aria-label') } : null;
      });
    await expect.poll(focusedNode).not.toBeNull();
    const focused = await focusedNode();
    expect(focused!.label).toMatch(/mentions?, \d+ links?/);
    const name = focused!.label!.split(' (')[0]!;
    await expect.poll(() => page.locator('.graph-info').textContent()).toContain(`${name} is named in the same paragraph as`);
    await expect.poll(() => page.locator('#graph a.graph-node.is-near').count()).toBeGreaterThan(1);
    await page.keyboard.press('Enter');
    await arrive(page, (u) => u.pathname === focused!.href);
    await expect.poll(() => page.locator('h1').textContent()).toBe(name);
    expect(record.errors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  });

  it('filters by kind and by outlet, and highlights a search', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/graph');
    await graphReady(page);
    const all = await visibleNodes(page);
    const places = await page.locator('#graph a.graph-node.kind-places').count();
    expect(places).toBeGreaterThan(10);

    await page.getByLabel('Places', { exact: true }).uncheck();
    await expect.poll(() => visibleNodes(page)).toBe(all - places);
    await expect.poll(() => visibleNodes(page, 'a.graph-node.kind-places')).toBe(0);
    await expect.poll(() => page.locator('#graph-table tr[data-id^="places/"]:not([hidden])').count()).toBe(0);
    await expect.poll(() => page.locator('.graph-status').textContent()).toContain(`Showing ${all - places} of ${all} nodes`);
    await page.getByLabel('Places', { exact: true }).check();
    await expect.poll(() => visibleNodes(page)).toBe(all);

    // One outlet: fewer nodes, and each one is named in its articles.
    await page.locator('#graph-outlet').selectOption({ label: 'CDT' });
    await expect.poll(() => visibleNodes(page)).toBeLessThan(all);
    const shown = await visibleNodes(page);
    expect(shown).toBeGreaterThan(5);
    const cdtRows = () => page.locator('#graph-table tbody tr:not([hidden]) td:nth-child(4)').allTextContents();
    await expect.poll(cdtRows).toHaveLength(shown);
    expect((await cdtRows()).every((cell) => cell.includes('CDT'))).toBe(true);

    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => visibleNodes(page)).toBe(all);
    await page.locator('#graph-search').fill('chongq');
    await expect.poll(() => page.locator('#graph a.graph-node.is-match').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toContain('places/chongqing');
    await expect.poll(() => page.locator('.graph-status').textContent()).toMatch(/\d+ match(es)? “chongq”/);
    expect(record.errors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  });

  it('?focus= highlights a node; a bad value is ignored without error', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/graph?focus=places%2Fchongqing');
    await graphReady(page);
    await expect.poll(() => page.locator('#graph a.graph-node.is-active').getAttribute('data-id')).toBe('places/chongqing');
    await visit(page, '/graph?focus=%3Cscript%3E&focus=places/nowhere');
    await graphReady(page);
    await expect.poll(() => page.locator('#graph a.graph-node.is-active').count()).toBe(0);
    expect(record.errors).toEqual([]);
  });
});

describe('/data', () => {
  it('lists every file with the size it really has, and each file is served with its type', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/data');
    const links = await page.locator('.data-file p:first-of-type a[download]').evaluateAll((els) =>
      els.map((a) => ({ href: a.getAttribute('href')!, size: a.parentElement!.querySelector('.muted')!.textContent! })),
    );
    expect(links.map((l) => l.href)).toEqual(
      expect.arrayContaining(['/data/sightlines.json', '/data/sightlines.schema.json', '/data/csv/mentions.csv', '/data/annotations.jsonld']),
    );
    expect(links).toHaveLength(10);
    for (const link of links) {
      const response = await page.request.get(url(link.href));
      expect(response.status(), link.href).toBe(200);
      const bytes = (await response.body()).length;
      const shown = /· ([\d.]+) (kB|MB|bytes) \(/.exec(link.size)!;
      const factor = shown[2] === 'MB' ? 1e6 : shown[2] === 'kB' ? 1e3 : 1;
      expect(Math.abs(Number(shown[1]) * factor - bytes), link.href).toBeLessThanOrEqual(factor * 0.05 + 1);
      const type = response.headers()['content-type'] ?? '';
      if (link.href.endsWith('.csv')) expect(type).toContain('text/csv');
      else if (link.href.endsWith('.jsonld')) expect(type).toContain('application/ld+json');
      else expect(type).toContain('application/json');
    }
    expect(await page.locator('a[href="https://creativecommons.org/licenses/by/4.0/"]').count()).toBeGreaterThan(0);
    expect(await page.getByText('The article texts belong to their publishers.').count()).toBe(1);
    expect(record.foreignRequests).toEqual([]);
  });

  it('entity, claim and theme pages link their own JSON record; an entity page shows its neighbourhood', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/places/chongqing');
    const neighbourhood = page.locator('.neighbourhood a.graph-node');
    await expect.poll(() => neighbourhood.count()).toBeGreaterThan(2);
    await expect.poll(() => page.locator('.neighbourhood a.graph-node[aria-current="page"]').getAttribute('href')).toBe('/places/chongqing');
    const href = await page.locator('a.record-link').getAttribute('href');
    expect(href).toBe('/data/records/places/chongqing.json');
    const json = await (await page.request.get(url(href!))).json();
    expect(json.entity.name).toBe('Chongqing');
    expect(json.mentions.length).toBeGreaterThan(3);
    for (const path of ['/claims', '/themes']) {
      await visit(page, path);
      const first = await page.locator(`main a[href^="${path}/"]`).first().getAttribute('href');
      await visit(page, first!);
      const record = await page.locator('a.record-link').getAttribute('href');
      expect(record).toBe(`/data/records${first}.json`);
      expect((await page.request.get(url(record!))).status()).toBe(200);
    }
    expect(record.foreignRequests).toEqual([]);
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`/graph (with a node active and a search) and /data have no axe violations in ${colorScheme}`, async () => {
      const { page, record } = await newPage(browser(), { colorScheme });
      await visit(page, '/graph');
      await graphReady(page);
      await page.locator('#graph-search').fill('xin');
      await expect.poll(() => page.locator('.graph-status').textContent()).toMatch(/match(es)? “xin”/);
      await page.locator('#graph a.graph-node').first().focus();
      await expect.poll(() => page.locator('#graph a.graph-node.is-active').count()).toBe(1);
      await expectNoAxeViolations(page);
      await visit(page, '/data');
      await page.locator('details summary').first().click();
      await expect.poll(() => page.locator('details').first().evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      await expectNoAxeViolations(page);
      await visit(page, '/people/wu-fuchun');
      await expectNoAxeViolations(page);
      expect(record.foreignRequests).toEqual([]);
    });
  }
});
