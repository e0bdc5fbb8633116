import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, reload, sharedBrowser, newPage, url, visit } from './browser';

const browser = sharedBrowser();

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
const names = (page: Page) => page.locator('.index-list .index-name').allTextContents();
const status = async (page: Page) => (await page.getByRole('status').textContent())?.trim() ?? '';
/** The interactive controls appear once the page has hydrated. */
const ready = (page: Page) => page.locator('.index-controls').waitFor();

describe('index pages', () => {
  const pages = ['/places', '/people', '/organizations', '/claims', '/themes'];

  it('each has one h1, an introduction, and its own title and description', async () => {
    const { page, record } = await newPage(browser());
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const path of pages) {
      await visit(page, path);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      await expect.poll(async () => ((await page.locator('.lede').textContent()) ?? '').length).toBeGreaterThan(80);
      titles.add(await page.title());
      descriptions.add((await page.locator('meta[name="description"]').getAttribute('content')) ?? '');
      // Every entry links to its page.
      const hrefs = await page.locator('.index-list .index-name').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(5);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^${path}/[a-z0-9-]+$`));
    }
    expect(titles.size).toBe(pages.length);
    expect(descriptions.size).toBe(pages.length);
    expect(record.errors).toEqual([]);
  });

  it('without JavaScript, shows the whole list, most mentioned first, and no controls that would not work', async () => {
    const { page } = await newPage(browser(), { javaScriptEnabled: false });
    await visit(page, '/people');
    const total = Number(/Showing all (\d+) people/.exec(await status(page))?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect.poll(() => page.locator('.index-list > li').count()).toBe(total);
    await expect.poll(() => page.locator('.index-controls').count()).toBe(0);
    const counts = await page.locator('.index-counts').allTextContents();
    const mentions = counts.map((c) => (/^(\d+) mentions?/.exec(c) ? Number(/^(\d+)/.exec(c)![1]) : 0));
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]).toBeLessThanOrEqual(mentions[i - 1]!);
  });

  it('sorts /people by name in place, announces it and puts it in the address', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/people');
    await ready(page);
    const before = await names(page);
    const sorted = [...before].sort(collator.compare);
    expect(sorted).not.toEqual(before);
    await page.getByLabel('Sort by', { exact: true }).selectOption('name');
    await expect.poll(() => names(page)).toEqual(sorted);
    const after = await names(page);
    await expect.poll(() => status(page)).toBe(`Showing all ${before.length} people, sorted by name.`);
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=name');
    // Reloading the address gives the same list.
    await reload(page);
    await ready(page);
    await expect.poll(() => names(page)).toEqual(after);
    await expect.poll(() => page.getByLabel('Sort by', { exact: true }).inputValue()).toBe('name');
    expect(record.errors).toEqual([]);
  });

  it('filters /places by kind city, and by outlet, announcing the number shown', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/places');
    await ready(page);
    const notes = await page.locator('.index-list .index-note').allTextContents();
    const cities = notes.filter((n) => n.startsWith('City')).length;
    expect(cities).toBeGreaterThan(3);
    await page.getByLabel('Kind', { exact: true }).selectOption('city');
    await expect.poll(() => page.locator('.index-list > li').count()).toBe(cities);
    for (const note of await page.locator('.index-list .index-note').allTextContents()) expect(note).toMatch(/^City/);
    await expect.poll(() => status(page)).toMatch(new RegExp(`^Showing ${cities} of ${notes.length} places \\(kind: City \\(${cities}\\)\\), most mentioned first\\.$`));
    await expect.poll(() => new URL(page.url()).search).toBe('?kind=city');

    await page.getByLabel('Outlet', { exact: true }).selectOption({ label: 'TIME' });
    // Wait for the list the outlet filter leaves (its status names the outlet), then read it.
    await expect.poll(() => status(page)).toContain('; in TIME)');
    await expect.poll(() => page.locator('.index-list > li').count()).toBeLessThan(cities);
    const shown = await page.locator('.index-list > li').count();
    expect(shown).toBeGreaterThan(0);
    for (const text of await page.locator('.index-list .index-counts').allTextContents()) expect(text).toContain('TIME');
    await expect.poll(() => status(page)).toContain(`Showing ${shown} of ${notes.length} places`);
    await expect.poll(() => new URL(page.url()).searchParams.get('outlet')).toBe('time');

    // Clearing the filters brings back every place and leaves the keyboard in the controls.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('.index-list > li').count()).toBe(notes.length);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('opens a shared address with its sort and filters applied', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/places?sort=name&article=nyt-dystopian-dreams&kind=city');
    await ready(page);
    await expect.poll(() => page.getByLabel('Sort by', { exact: true }).inputValue()).toBe('name');
    await expect.poll(() => page.getByLabel('Kind', { exact: true }).inputValue()).toBe('city');
    await expect.poll(() => page.getByLabel('Article', { exact: true }).inputValue()).toBe('nyt-dystopian-dreams');
    // The article filter applies once the list of articles has arrived (fetched when the page asks for it).
    const counts = () => page.locator('.index-list .index-counts').allTextContents();
    await expect.poll(async () => (await counts()).filter((text) => !text.includes('The New York Times')), { timeout: 10_000 }).toEqual([]);
    const shown = await names(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual([...shown].sort(collator.compare));
    expect((await counts()).length).toBe(shown.length);
  });

  it('ignores a bad address value with a clear message and the default list, never a crash', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/places');
    await ready(page);
    const defaultNames = await names(page);
    await visit(page, '/places?sort=bogus&kind=planet&article=%3Cscript%3E');
    await ready(page);
    await expect.poll(() => names(page)).toEqual(defaultNames);
    await expect.poll(() => status(page)).toContain('“bogus” is not a way to sort this list; showing most mentioned first.');
    const text = await status(page);
    expect(text).toContain('“planet” is not a kind of place in this list; showing all kinds.');
    expect(text).toContain('“<script>” is not one of the four articles; showing all articles.');
    await expect.poll(() => page.getByLabel('Sort by', { exact: true }).inputValue()).toBe('mentions');
    await expect.poll(() => page.getByLabel('Kind', { exact: true }).inputValue()).toBe('');
    // A kind that belongs to another list is ignored on /themes too, which has no kinds.
    await visit(page, '/themes?kind=city&sort=name');
    await ready(page);
    await expect.poll(() => status(page)).toContain('This list has no kinds to filter by; showing all themes.');
    await expect.poll(() => page.getByLabel('Sort by', { exact: true }).inputValue()).toBe('name');
    expect(record.errors).toEqual([]);
    expect(record.dialogs).toEqual([]);
  });

  it('shows a way back when nothing matches', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/organizations');
    await ready(page);
    const total = await page.locator('.index-list > li').count();
    // Try each kind with each outlet until one combination matches nothing (there are many such pairs).
    const kinds = await page.getByLabel('Kind', { exact: true }).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const outlets = await page.getByLabel('Outlet', { exact: true }).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    let empty = false;
    for (const kind of kinds) {
      for (const outlet of outlets) {
        await page.getByLabel('Kind', { exact: true }).selectOption(kind);
        await page.getByLabel('Outlet', { exact: true }).selectOption(outlet);
        // The address takes both filters, and the status counts what the list shows; then the list is read.
        await page.waitForURL((u) => u.searchParams.get('kind') === kind && u.searchParams.get('outlet') === outlet);
        await expect
          .poll(async () => {
            const n = await page.locator('.index-list > li').count();
            const said = await status(page);
            return said.startsWith(`Showing ${n} of `) || said.startsWith(`Showing all ${n} `);
          })
          .toBe(true);
        if ((await page.locator('.index-list').count()) === 0) {
          empty = true;
          break;
        }
      }
      if (empty) break;
    }
    expect(empty).toBe(true);
    await expect.poll(() => page.locator('.index-empty').textContent()).toContain('No organizations match these filters.');
    await expect.poll(() => status(page)).toMatch(/^Showing 0 of \d+ organizations/);
    await page.locator('.index-empty button').click();
    await expect.poll(() => page.locator('.index-list > li').count()).toBe(total);
  });
  it('filters by article from a list fetched when the filter is first reached, by keyboard alone', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/places');
    await ready(page);
    const total = await page.locator('.index-list > li').count();
    // The page does not carry the list of articles: nothing is fetched until the filter is reached.
    expect(record.requests.some((r) => r.includes('/index-data/'))).toBe(false);
    expect(await page.getByLabel('Article', { exact: true }).locator('option').count()).toBe(1);
    await page.getByLabel('Outlet', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-article$/);
    const data = (await (await page.request.get(url('/index-data/places.json'))).json()) as {
      articles: { slug: string; title: string; outlet: string }[];
      members: Record<string, number[]>;
    };
    await expect.poll(() => page.getByLabel('Article', { exact: true }).locator('option').count()).toBe(data.articles.length + 1);
    expect(record.requests.filter((r) => r.includes('/index-data/places.json'))).toHaveLength(1);
    // Arrow down picks the first article; the list keeps only the places it names, and says so.
    await page.keyboard.press('ArrowDown');
    const first = data.articles[0]!;
    await expect.poll(() => new URL(page.url()).searchParams.get('article')).toBe(first.slug);
    await expect.poll(() => status(page)).toContain(`in “${first.title}”`);
    const expected = Object.entries(data.members)
      .filter(([, numbers]) => numbers.includes(0))
      .map(([slug]) => `/places/${slug}`)
      .sort();
    await expect
      .poll(async () => (await page.locator('.index-list .index-name').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).sort())
      .toEqual(expected);
    expect(expected.length).toBeLessThan(total);
    await expect.poll(() => status(page)).toContain(`Showing ${expected.length} of ${total} places`);
    await expectNoAxeViolations(page, 'the article filter with its list');
    expect(record.errors).toEqual([]);
  });

  it('says why when the list of articles cannot be fetched, and tries again', async () => {
    const { page } = await newPage(browser());
    let fail = true;
    await page.route('**/index-data/people.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
    // An address naming an article needs the list at once: it fails, so the list shows everyone and says why.
    await visit(page, '/people?article=nyt-dystopian-dreams');
    await ready(page);
    const total = await page.locator('.index-list > li').count();
    await expect.poll(() => status(page)).toContain('The list of articles could not be loaded (the server answered HTTP 503); showing all articles.');
    await expect.poll(() => status(page)).toContain(`Showing all ${total} people`);
    const problem = page.locator('.index-article-problem');
    await expect.poll(() => problem.textContent()).toContain('The list of articles could not be loaded: the server answered HTTP 503.');
    // The select names the problem to a screen reader.
    const described = await page.getByLabel('Article', { exact: true }).getAttribute('aria-describedby');
    expect(described).toBe(await problem.getAttribute('id'));
    await expectNoAxeViolations(page, 'the article filter that failed to load');
    fail = false;
    await problem.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByLabel('Article', { exact: true }).inputValue()).toBe('nyt-dystopian-dreams');
    await expect.poll(() => status(page)).toMatch(/^Showing \d+ of \d+ people \(in “Inside China’s Dystopian Dreams/);
    await expect.poll(() => problem.count()).toBe(0);
  });

  it('says so when an address names an article the library does not have', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/organizations?article=no-such-article');
    await ready(page);
    await expect.poll(() => status(page)).toContain('“no-such-article” is not one of the four articles; showing all articles.');
    await expect.poll(() => page.getByLabel('Article', { exact: true }).inputValue()).toBe('');
    expect(record.errors).toEqual([]);
  });
});
