import { describe, expect, it } from 'vitest';
import { articleHref, articleSourceHref } from '@/lib/links';
import { arrive, articleSlugs, itPassesAxe, sharedBrowser, newPage, visit } from './browser';

const browser = sharedBrowser();

const articles = articleSlugs();

describe('foundation journeys', () => {
  it('home → each article → a paragraph permalink lands on the paragraph', async () => {
    const { page, record } = await newPage(browser());
    for (const slug of articles) {
      await visit(page, '/');
      await page.locator(`a[href="/articles/${slug}"]`).first().click();
      await arrive(page, `**/articles/${slug}`);
      // The navigation finishes (and restores its own scroll position) before the reader acts.
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect.poll(() => page.locator('h1#article-title').textContent()).toBeTruthy();
      const permalink = page.locator('#p-3 a.permalink');
      await permalink.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/articles/${slug}#p-3`);
      await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-3');
      // Smooth scrolling takes a moment: wait until the paragraph has arrived in the viewport.
      await expect.poll(() => page.locator('#p-3').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
      await expect.poll(() => page.locator('#p-3').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    }
    expect(record.errors).toEqual([]);
  });

  it('a shared paragraph link opened cold scrolls to that paragraph', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/articles/nyt-dystopian-dreams#p-20');
    await expect.poll(() => page.locator('#p-20').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    await expect.poll(() => page.locator('#p-20').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  });

  it('/articles/<slug>/source shows the verbatim text', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/articles/time-surveillance-state/source');
    await expect.poll(() => page.locator('pre.verbatim').textContent()).toContain('every morning mrs chen dons her bright purple tai chi pajamas');
    await visit(page, '/articles/today-chongqing-privacy/source');
    await expect.poll(() => page.locator('pre.verbatim').textContent()).toContain('Skip to main content');
  });

  it('the NYT article keeps its section headings, captions and a table of contents', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/articles/nyt-dystopian-dreams');
    await expect.poll(() => page.locator('h2.section-heading').allTextContents()).toEqual(['The Shame Game', 'The Surveillance Start-Up', 'Enter the Panopticon']);
    await expect.poll(() => page.locator('nav.toc a').count()).toBe(3);
    await expect.poll(() => page.locator('figcaption .credit').first().textContent()).toBe('Gilles Sabrié for The New York Times');
    await expect.poll(() => page.locator('.article-body').textContent()).toContain('$30 billion');
    await expect.poll(() => page.locator('.article-body').textContent()).not.toContain('\\$');
  });

  it('the CDT article shows block quotes and posts with author, handle and date', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/articles/cdt-surveillance-net');
    await expect.poll(() => page.locator('blockquote.source-quote').count()).toBe(2);
    const posts = page.locator('article.embedded-post');
    await expect.poll(() => posts.count()).toBeGreaterThan(15);
    await expect.poll(() => posts.first().locator('cite').textContent()).toBe('Paul Mozur 孟建国');
    await expect.poll(() => posts.first().locator('time').getAttribute('datetime')).toBe('2019-12-18');
  });

  it('an unknown address gets the helpful 404 page with status 404', async () => {
    const { page } = await newPage(browser());
    const response = await visit(page, '/articles/no-such-article');
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    for (const href of ['/', '/search', '/places', '/about']) await expect.poll(() => page.locator(`main a[href="${href}"]`).count()).toBe(1);
  });

  it('every request stays on the site’s own origin, and no cookie is set', async () => {
    const { page, record } = await newPage(browser());
    for (const path of ['/', '/about', ...articles.map((s) => `/articles/${s}`), '/articles/cdt-surveillance-net/source', '/nope']) {
      await visit(page, path);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    expect(record.requests.length).toBeGreaterThan(10);
    expect(record.foreignRequests).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('the colour control says the choice in words, switches to dark, remembers it, and returns to the system’s', async () => {
    const { page } = await newPage(browser(), { colorScheme: 'light' });
    await visit(page, '/');
    const theme = page.getByRole('combobox', { name: /^Colours/ });
    await expect.poll(() => theme.isEnabled()).toBe(true);
    await expect.poll(() => theme.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('System');
    await theme.selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await visit(page, '/about');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const again = page.getByRole('combobox', { name: /^Colours/ });
    await expect.poll(() => again.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('Dark');
    await again.selectOption('system');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sightlines:theme'))).toBeNull();
  });
});

describe('accessibility: zero axe violations on every page, light and dark', () => {
  itPassesAxe(browser, ['/', '/about', '/nope', ...articles.map(articleHref), ...articles.map(articleSourceHref)]);
});
