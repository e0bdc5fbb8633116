import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, sharedBrowser, visit } from './browser';
import { missingPath, outDir, representativePages } from './site-pages';

/**
 * scripts/prune-out.mjs removes Next's RSC payloads (.txt) from out/ because no page of this site fetches
 * them. This test is the proof: one page of every route type (and the 404 page) is loaded in Chromium, its
 * links are hovered (where a <Link> would prefetch), its search box is used, and every request is recorded.
 * None may be for a .txt file or an RSC request, and none may fail.
 */

const browser = sharedBrowser();

type Seen = { url: string; status: number };

async function exercise(path: string): Promise<{ seen: Seen[]; errors: string[]; page: Page }> {
  const { page, record } = await newPage(browser());
  const seen: Seen[] = [];
  page.on('response', (response) => seen.push({ url: response.url(), status: response.status() }));
  // Hydrated first: a client router prefetches only once it is running.
  await visit(page, path, { waitUntil: 'networkidle' });
  // Hover the first links of the page that are shown, where a client router would prefetch. (Forced: a hover
  // only has to put the pointer there, whatever lies on top of the link.)
  const links = page.locator('main a[href^="/"]:visible');
  const count = Math.min(await links.count(), 5);
  for (let i = 0; i < count; i++) await links.nth(i).hover({ force: true });
  // Use the header search (it fetches the search index).
  const box = page.locator('header [role="combobox"]');
  if ((await box.count()) > 0) {
    await box.focus();
    await page.keyboard.type('Chongqing', { delay: 10 });
    await page.locator('[role="listbox"] [role="option"]').first().waitFor();
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
      const { seen, errors } = await exercise(path);
      expect(seen.length).toBeGreaterThan(1);
      const rsc = seen.filter((s) => /\.txt(\?|$)/.test(new URL(s.url).pathname + new URL(s.url).search) || /[?&]_rsc=/.test(s.url));
      expect(rsc).toEqual([]);
      const failed = seen.filter((s) => s.status >= 400 && !(path === missingPath && new URL(s.url).pathname === missingPath));
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
