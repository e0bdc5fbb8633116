import { describe, expect, it } from 'vitest';
import { entityHref, entityPassagesHref } from '@/lib/links';
import { asEntrySlug } from '@/lib/ids';
import { arrive, newPage, sharedBrowser, visit, expectNoAxeViolations } from './browser';
import { exportedPages } from './site-pages';

/**
 * An entry with more passages than fit on one page (lib/paging.ts, 50 on the first page, 100 on later ones:
 * China, named 69 times in the four articles) pages through them: following “Next” from its page reaches every
 * passage once, and every article's count (on the first page) links to the page where its passages are.
 */

const browser = sharedBrowser();
const china = entityHref('places', asEntrySlug('china'));
const chinaPage2 = entityPassagesHref('places', asEntrySlug('china'), 2);

describe('pages of passages', () => {
  const paged = exportedPages().filter((p) => /^\/(places|people|organizations)\/\[slug\]\/passages\/\[page\]$/.test(p.pattern));

  it('some entry of the real library has more than one page of passages', () => {
    expect(paged.map((p) => p.path)).toContain(chinaPage2);
  });

  it('following Next from the entry’s page reaches every passage exactly once', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, china);
    const range = (await page.locator('.passage-range').textContent()) ?? '';
    const total = Number(/of (\d+),/.exec(range)?.[1]);
    expect(total).toBeGreaterThan(50);
    const seen: string[] = [];
    const pagesVisited: string[] = [];
    for (let i = 0; i < 20; i++) {
      pagesVisited.push(new URL(page.url()).pathname);
      // Each passage link is described, once for the page, by what it does.
      expect(await page.locator('#passage-link-hint').count()).toBe(1);
      expect(await page.locator('#passage-link-hint').textContent()).toBe('Read the paragraph in the article');
      expect(await page.locator('.mention-group .passage-link:not([aria-describedby="passage-link-hint"])').count()).toBe(0);
      seen.push(...(await page.locator('.mention-group .passage-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))));
      const next = page.locator('.passage-pager a[rel="next"]').first();
      if ((await next.count()) === 0) break;
      const to = (await next.getAttribute('href'))!;
      await next.click();
      await arrive(page, (u) => u.pathname === to);
    }
    expect(pagesVisited).toEqual([china, chinaPage2]);
    // The description is on the first page only; the later page says where it is.
    await expect.poll(() => page.locator('.entity-main .description').count()).toBe(0);
    expect(await page.locator('.entity-side').textContent()).toContain('who or what it is');
    await visit(page, china);
    expect(await page.locator('.entity-main .description').count()).toBe(1);
    expect(seen).toHaveLength(total);
    // Each mention is one passage link; a passage naming China twice is listed twice, once per mention.
    expect(new Set(seen).size).toBeGreaterThan(total / 2);
    expect(record.errors).toEqual([]);
  });

  it('every article’s count links to the page holding its passages; later pages link to the counts', async () => {
    const { page } = await newPage(browser());
    await visit(page, chinaPage2);
    await page.locator(`a[href="${china}#article-counts"]`).click();
    await arrive(page, (u) => u.pathname === china && u.hash === '#article-counts');
    await page.locator('.article-counts summary').click();
    const countLinks = page.locator('.article-counts a');
    await countLinks.first().waitFor();
    const links = await countLinks.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBe(4);
    for (const href of links) {
      await visit(page, href);
      const id = href.split('#')[1]!;
      await expect.poll(() => page.locator(`[id="${id}"] .passage-link`).count()).toBeGreaterThan(0);
    }
  });

  it('a page number that does not exist is the 404 page', async () => {
    const { page } = await newPage(browser());
    for (const bad of [entityPassagesHref('places', asEntrySlug('china'), 3), `${china}/passages/1`, `${china}/passages/x`, entityPassagesHref('places', asEntrySlug('beijing'), 2)]) {
      const response = await visit(page, bad);
      expect(response?.status(), bad).toBe(404);
    }
  });

  it('the first page with its counts open and the second page pass axe, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const first = (await newPage(browser(), { colorScheme })).page;
      await visit(first, china);
      await first.locator('.article-counts summary').click();
      await first.locator('.article-counts a').first().waitFor();
      await expectNoAxeViolations(first, colorScheme);
      const { page } = await newPage(browser(), { colorScheme });
      await visit(page, chinaPage2);
      await expectNoAxeViolations(page, colorScheme);
    }
  });
});
