import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, url } from './browser';
import { missingPath, outDir, representativePages } from './site-pages';

/**
 * scripts/prune-out.mjs removes Next's RSC payloads (.txt) from out/ because no page of this site fetches
 * them. This test is the proof: one page of every route type (and the 404 page) is loaded in Chromium, its
 * links are hovered (where a <Link> would prefetch), its search box is used, and every request is recorded.
 * None may be for a .txt file or an RSC request, and none may fail.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Seen = { url: string; status: number };

async function visit(path: string): Promise<{ seen: Seen[]; errors: string[]; page: Page }> {
  const { page, record } = await newPage(browser);
  const seen: Seen[] = [];
  page.on('response', (response) => seen.push({ url: response.url(), status: response.status() }));
  await page.goto(url(path), { waitUntil: 'networkidle' });
  // Hover the first links of the page, where a client router would prefetch.
  const links = page.locator('main a[href^="/"]');
  const count = Math.min(await links.count(), 5);
  for (let i = 0; i < count; i++) await links.nth(i).hover({ timeout: 2000 }).catch(() => undefined);
  // Use the header search (it fetches the search index).
  const box = page.locator('header [role="combobox"]');
  if ((await box.count()) > 0) {
    await box.focus();
    await page.keyboard.type('Chongqing', { delay: 10 });
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 15000 });
  }
  await page.waitForLoadState('networkidle');
  await page.context().close();
  return { seen, errors: record.errors, page };
}

describe('requests of every page type', () => {
  it('out/ holds no RSC payload', () => {
    const txt = fs.readdirSync(outDir, { recursive: true }).map(String).filter((f) => f.endsWith('.txt'));
    expect(txt).toEqual([]);
  });

  const pages = representativePages();
  it.each([...pages.map((p) => [p.pattern, p.path] as const), ['404', missingPath] as const])(
    '%s (%s): no .txt or RSC request, and nothing fails',
    async (_pattern, path) => {
      const { seen, errors } = await visit(path);
      expect(seen.length).toBeGreaterThan(1);
      const rsc = seen.filter((s) => /\.txt(\?|$)/.test(new URL(s.url).pathname + new URL(s.url).search) || /[?&]_rsc=/.test(s.url));
      expect(rsc).toEqual([]);
      const failed = seen.filter((s) => s.status >= 400 && !(path === missingPath && new URL(s.url).pathname === missingPath));
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
