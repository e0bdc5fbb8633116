import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, sharedBrowser, url, visit, waitForHydration } from './browser';
import { exportedPages, outDir } from './site-pages';
import { islandsOf } from '../../scripts/fill-islands.mjs';

/**
 * Static islands (lib/islands.ts): an article's text, bar panels and footer, its verbatim source, an entry's
 * passages and connections, a place's locator map, a claim's evidence and the site's chrome (header sections,
 * buttons and search box, footer) are sent once, in the HTML, and not again in the page's inline React payload;
 * React leaves them as the HTML brought them.
 */

const browser = sharedBrowser();

const payloadOf = (html: string) => [...html.matchAll(/<script>(self\.__next_f[\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');

/** One page of each kind that has an island, with what its island holds (a selector) and a marker of its markup. */
const pages = [
  { path: '/articles/nyt-dystopian-dreams', file: 'articles/nyt-dystopian-dreams.html', name: 'article-body/nyt-dystopian-dreams', island: '.article-body', holds: '.passage', markup: 'passage-menu-button' },
  { path: '/articles/nyt-dystopian-dreams/source', file: 'articles/nyt-dystopian-dreams/source.html', name: 'source/nyt-dystopian-dreams', island: 'pre.verbatim', holds: null, markup: null },
  { path: '/places/chongqing', file: 'places/chongqing.html', name: 'passages/places/chongqing/1', island: '.mention-groups', holds: '.mention-group', markup: 'passage-link' },
  { path: '/claims/residents-welcome-cameras', file: 'claims/residents-welcome-cameras.html', name: 'evidence/residents-welcome-cameras/1', island: '.evidence-list', holds: '.evidence', markup: 'relation-head' },
  { path: '/articles/nyt-dystopian-dreams', file: 'articles/nyt-dystopian-dreams.html', name: 'article-panel/nyt-dystopian-dreams/index', island: '#panel-index', holds: '.in-this-article a', markup: 'in-this-article' },
  { path: '/articles/nyt-dystopian-dreams', file: 'articles/nyt-dystopian-dreams.html', name: 'article-footer/nyt-dystopian-dreams', island: 'footer.article-footer', holds: '.article-links a', markup: 'article-links' },
  { path: '/places/chongqing', file: 'places/chongqing.html', name: 'entity-side/places/chongqing', island: 'aside.entity-side', holds: '.neighbourhood svg', markup: 'neighbourhood-svg' },
];

/** Islands too short for the text comparison below: each is in its page's HTML, filled, and not in its payload. */
const small = [
  { file: 'places/chongqing.html', name: 'locator/chongqing', markup: 'locator-dot' },
  { file: 'about.html', name: 'chrome/search', markup: 'header-search-submit' },
  { file: 'articles/nyt-dystopian-dreams.html', name: 'article-panel/nyt-dystopian-dreams/contents', markup: '#the-shame-game' },
  { file: 'articles/nyt-dystopian-dreams.html', name: 'article-panel/nyt-dystopian-dreams/themes', markup: 'theme-name' },
];

describe('static islands', () => {
  it('no exported page is left with an empty island, and the build-only pages are gone', () => {
    expect(fs.existsSync(path.join(outDir, 'island-parts'))).toBe(false);
    let islands = 0;
    for (const page of exportedPages()) {
      const html = fs.readFileSync(page.file, 'utf8');
      const empty = html.match(/<(div|pre|ul|footer|aside|figure)\b[^>]*\sdata-island="([^"]*)"[^>]*><\/\1>/);
      expect(empty?.[2], `${page.path} has an empty island`).toBeUndefined();
      islands += html.split(' data-island="').length - 1;
    }
    // Every article has two (its text, its source); every place, person and organization with passages one.
    expect(islands).toBeGreaterThanOrEqual(2 * fs.readdirSync(path.join(outDir, 'articles')).filter((f) => f.endsWith('.html')).length);
  });

  it.each(pages)('$path sends its island once: in the HTML, not in the inline payload', ({ file, name, markup }) => {
    const html = read(file);
    const payload = payloadOf(html);
    expect(html).toContain(` data-island="${name}"`);
    // The payload has the island's empty element, by name.
    expect(payload).toContain(`\\"name\\":\\"${name}\\"`);
    if (markup) {
      expect(html).toContain(markup);
      expect(payload).not.toContain(markup);
    }
  });

  it.each(small)('$name is in the HTML of $file, not in its payload', ({ file, name, markup }) => {
    const html = read(file);
    // The island's own content, read by the HTML parser of the fill step (an empty island is not in the map).
    const content = islandsOf(html, file).get(name)?.content;
    expect(content, `${file} has the island ${name}, filled`).toBeTruthy();
    expect(content).toContain(markup);
    expect(payloadOf(html)).not.toContain(markup);
  });

  it("the site's chrome (header sections and buttons, footer, the not-found text) is in each page's HTML, not its payload", () => {
    for (const file of ['index.html', 'about.html', 'articles/nyt-dystopian-dreams.html', '404.html']) {
      const html = read(file);
      const payload = payloadOf(html);
      for (const name of ['chrome/nav', 'chrome/buttons', 'chrome/footer']) expect(html, file).toMatch(new RegExp(` data-island="${name}">\\s*<`));
      expect(html.split('published articles for study').length - 1, file).toBe(1);
      expect(payload, file).not.toContain('published articles for study');
      // Next puts the not-found page into every page's payload: only its empty element now.
      expect(payload, file).not.toContain('There is no page at this address');
    }
    expect(read('404.html')).toContain('There is no page at this address');
  });

  it('the verbatim source is in the HTML once, and not in the payload', () => {
    const html = read('articles/nyt-dystopian-dreams/source.html');
    const source = html.slice(html.indexOf(' data-island="source/'), html.indexOf('</pre>'));
    // A line of the source with no character that HTML or JSON would escape.
    const line = source.split('\n').find((l) => l.length > 80 && !/[<>&"'\\]/.test(l))!;
    expect(line).toBeTruthy();
    expect(html.split(line).length - 1).toBe(1);
    expect(payloadOf(html)).not.toContain(line.slice(0, 60));
  });

  it.each(pages)('$path: React leaves the island as the HTML brought it', async ({ path: pagePath, island, holds }) => {
    const { page, record } = await newPage(browser());
    const before = read(pages.find((p) => p.path === pagePath)!.file);
    await visit(page, pagePath);
    await page.waitForLoadState('networkidle');
    const element = page.locator(`${island}[data-island]`);
    await expect.poll(() => element.count()).toBe(1);
    if (holds) expect(await element.locator(holds).count()).toBeGreaterThan(0);
    // The text the page shows is the text its HTML holds (leaving out the controls the page's scripts add).
    const [shown, inHtml] = await page.evaluate(
      ({ html, selector }) => {
        const text = (element: Element | null | undefined) => {
          const copy = element?.cloneNode(true) as Element | undefined;
          // The paragraph menus are built by the page's script from the pattern in the island (PassageMenu.tsx).
          copy?.querySelectorAll('.passage-menu').forEach((menu) => menu.remove());
          return copy?.textContent ?? '';
        };
        return [text(document.querySelector(selector)), text(new DOMParser().parseFromString(html, 'text/html').querySelector(selector))];
      },
      { html: before, selector: `${island}[data-island]` },
    );
    expect(shown.length).toBeGreaterThan(500);
    expect(shown).toBe(inHtml);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it('an article page rendered afresh by React (after a hydration error) keeps its text', async () => {
    const { page } = await newPage(browser());
    // The title in the HTML no longer matches the page's payload: React gives up hydrating and renders the page
    // afresh in the browser, as it would after any hydration error.
    await page.route(url('/articles/nyt-dystopian-dreams'), async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/(<h1 id="article-title">)([^<]*)/, '$1Changed on the way');
      await route.fulfill({ response, body: html });
    });
    await page.goto(url('/articles/nyt-dystopian-dreams'));
    await waitForHydration(page);
    // React rendered afresh: the title is the payload's again.
    await expect.poll(() => page.locator('#article-title').textContent()).not.toBe('Changed on the way');
    // … and the text is still there, every paragraph with its menu.
    const passages = page.locator('.article-body[data-island] .passage');
    expect(await passages.count()).toBeGreaterThan(50);
    await page.locator('#p-4 .passage-menu-button').focus();
    await expect.poll(() => page.locator('.article-body [data-add-passage] .rl-add-button').count()).toBe(await page.locator('.article-body [data-add-passage]').count());
    await page.context().close();
  });

  it('every paragraph menu gets its "Add to reading list" once a menu is reached, and it works', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/articles/nyt-dystopian-dreams');
    // The page's HTML carries the menu once, as the pattern, not once per paragraph…
    const html = read('articles/nyt-dystopian-dreams.html');
    expect(html.match(/class="passage-menu"/g)).toHaveLength(1);
    expect(html).toContain('<template data-passage-menu="">');
    // … and every paragraph gets its menu, built from the pattern once the page runs (components/PassageMenu.tsx).
    const passages = await page.locator('.article-body .passage[id]').count();
    expect(passages).toBeGreaterThan(50);
    await expect.poll(() => page.locator('.article-body .passage[id] > .passage-menu').count()).toBe(passages);
    const slots = await page.locator('.article-body [data-add-passage]').count();
    expect(slots).toBe(passages);
    const controls = page.locator('.article-body [data-add-passage] .rl-add-button');
    // Their code is fetched when a menu is first reached (pointer, focus or tap), not with the page.
    await page.waitForLoadState('networkidle');
    expect(await controls.count()).toBe(0);
    await page.locator('#p-4 .passage-menu-button').hover();
    await expect.poll(() => controls.count()).toBe(slots);
    await page.locator('#p-4 .passage-menu-button').click();
    // The pattern's placeholders are this paragraph's: its name, its number, its address.
    await expect.poll(() => page.locator('#p-4 .passage-menu-button').getAttribute('aria-label')).toBe('Actions for paragraph 4');
    expect(await page.locator('#menu-p-4 .passage-menu-title').textContent()).toBe('Paragraph 4');
    expect(await page.locator('#menu-p-4 a').first().getAttribute('href')).toBe('/articles/nyt-dystopian-dreams#p-4');
    expect(await page.locator('#menu-p-4').evaluate((menu) => menu.matches(':popover-open'))).toBe(true);
    await page.locator('#menu-p-4 .rl-add-button').click();
    await expect.poll(() => page.locator('#menu-p-4 [role="status"]').textContent()).toContain('Added paragraph 4');
    expect(record.errors).toEqual([]);
    await page.context().close();
  });
});
