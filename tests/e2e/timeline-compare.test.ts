import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arrive, articleSlugs, back, itPassesAxe, layoutShift, recordLayoutShifts, sharedBrowser, newPage, url, visit, waitForHydration } from './browser';
import { getCompareData } from '@/lib/compare';

/** The pair /compare shows when none is chosen: chosen from the content (lib/compare/build.ts, defaultPairOf). */
const [DEFAULT_LEFT, DEFAULT_RIGHT] = getCompareData().defaultPair;


const browser = sharedBrowser();

const NYT = 'nyt-dystopian-dreams';
const TIME = 'time-surveillance-state';
const TODAY = 'today-chongqing-privacy';

const eventItems = (page: Page) => page.locator('li[data-event]');
/** Every pair of two different articles, each pair once. */
const pairings = (articleSlugs().length * (articleSlugs().length - 1)) / 2;

/** Waits until the client component has replaced the prerendered list (the count line only it renders). */
async function timelineReady(page: Page) {
  await page.locator('.timeline-count').waitFor();
}

describe('timeline', () => {
  it('lists at least 30 events by year, each with its date as given, tags and a passage link', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/timeline');
    await timelineReady(page);
    const total = await eventItems(page).count();
    expect(total).toBeGreaterThanOrEqual(30);
    const years = async () => (await page.locator('.timeline-year > h2').allTextContents()).map(Number);
    await expect.poll(async () => (await years()).length).toBeGreaterThan(3);
    const shownYears = await years();
    expect([...shownYears].sort((a, b) => a - b)).toEqual(shownYears);
    const sarsenbek = page.locator('li[data-event="sarsenbek-akaruli-arrest"]');
    await expect.poll(() => sarsenbek.locator('time').getAttribute('datetime')).toBe('2017-11-02');
    await expect.poll(() => sarsenbek.locator('.event-date-text q').textContent()).toBe('Nov. 2, 2017');
    await expect.poll(() => sarsenbek.locator('a[href="/people/sarsenbek-akaruli"]').count()).toBe(1);
    await expect.poll(() => sarsenbek.locator('a[href="/places/ili"]').count()).toBe(1);
    await expect.poll(() => sarsenbek.locator('a[href="/themes/xinjiang"]').count()).toBe(1);
    expect(record.errors).toEqual([]);
  });

  it('filtering by theme reduces the list to that theme, and the URL reflects it', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/timeline');
    await timelineReady(page);
    const total = await eventItems(page).count();

    await page.getByLabel('Theme').selectOption('xinjiang');
    await page.waitForURL((u) => u.searchParams.get('theme') === 'xinjiang');
    await expect.poll(() => eventItems(page).count()).toBeLessThan(total);
    const shown = await eventItems(page).count();
    expect(shown).toBeGreaterThan(0);
    // Every event still shown carries the theme.
    await expect.poll(() => page.locator('li[data-event]:has(a[href="/themes/xinjiang"])').count()).toBe(shown);
    await expect.poll(() => page.locator('.timeline-count').textContent()).toContain(`Showing ${shown} of ${total} events`);

    // A place narrows further, and both filters are in the URL.
    await page.getByLabel('Place').selectOption('ili');
    await page.waitForURL((u) => u.searchParams.get('place') === 'ili' && u.searchParams.get('theme') === 'xinjiang');
    await expect.poll(() => eventItems(page).count()).toBe(1);

    // The filtered URL, opened cold, shows the same filter.
    await visit(page, '/timeline?theme=xinjiang');
    await timelineReady(page);
    await expect.poll(() => eventItems(page).count()).toBe(shown);
    await expect.poll(() => page.getByLabel('Theme').inputValue()).toBe('xinjiang');

    await page.getByRole('button', { name: 'Show all events' }).click();
    await page.waitForURL((u) => u.search === '');
    await expect.poll(() => eventItems(page).count()).toBe(total);
    // The button goes away with the filter; focus moves to the theme picker rather than being lost.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('timeline-theme');
    expect(record.errors).toEqual([]);
  });

  it('a place filter includes the places within it (Xinjiang keeps events in Ili and Khorgos)', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/timeline?place=xinjiang');
    await timelineReady(page);
    await expect.poll(() => page.locator('li[data-event="sarsenbek-akaruli-arrest"]').count()).toBe(1);
    await expect.poll(() => page.locator('li[data-event="san-francisco-facial-recognition-ban"]').count()).toBe(0);
  });

  it('a passage link from the timeline lands on the paragraph that holds the quote', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/timeline');
    await timelineReady(page);
    const event = page.locator('li[data-event="sarsenbek-akaruli-arrest"]');
    const quote = (await event.locator('blockquote').textContent())!;
    const link = event.locator('figcaption a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/articles/${TIME}#p-\\d+$`));
    await link.click();
    await arrive(page, `**${href}`);
    const id = href.split('#')[1]!;
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    await expect.poll(() => page.locator(`#${id}`).textContent()).toContain(quote);
    await expect.poll(() => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    expect(record.errors).toEqual([]);
  });

  it('unknown or hostile filter values are named and ignored, never run', async () => {
    for (const query of ['?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?place=%00', '?theme=nope&place=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E']) {
      const { page, record } = await newPage(browser());
      await visit(page, `/timeline${query}`);
      await timelineReady(page);
      const alert = page.locator('.timeline-notice[role="alert"]');
      await expect.poll(() => alert.textContent()).toMatch(/does not know; that filter is ignored/);
      await expect.poll(() => eventItems(page).count()).toBeGreaterThanOrEqual(30);
      await expect.poll(() => page.locator('main script, main img').count()).toBe(0);
      expect(record.dialogs).toEqual([]);
      expect(record.errors).toEqual([]);
    }
  });

  it('without JavaScript every event is listed', async () => {
    const { page } = await newPage(browser(), { javaScriptEnabled: false });
    await visit(page, '/timeline?theme=xinjiang');
    await expect.poll(() => eventItems(page).count()).toBeGreaterThanOrEqual(30);
    await expect.poll(() => page.locator('li[data-event] figcaption a[href^="/articles/"]').count()).toBeGreaterThanOrEqual(30);
  });
});

describe('compare', () => {
  it(`?a=${NYT}&b=${TIME} shows the shared places with passages on both sides`, async () => {
    const { page, record } = await newPage(browser());
    await visit(page, `/compare?a=${NYT}&b=${TIME}`);
    const pair = page.locator(`section[data-pair="${NYT}+${TIME}"]`);
    await pair.waitFor();
    const places = pair.locator('[data-kind="places"] li[data-item]');
    await expect.poll(() => places.locator('h4').allTextContents()).toEqual(expect.arrayContaining(['Beijing', 'China']));
    // Chongqing is in TIME but not in the Times: not shared.
    expect(await places.locator('h4').allTextContents()).not.toContain('Chongqing');
    for (const slug of ['beijing', 'china']) {
      const item = pair.locator(`li[data-item="places/${slug}"]`);
      for (const side of [NYT, TIME]) {
        const passages = item.locator(`[data-side="${side}"] li`);
        await expect.poll(() => passages.count()).toBeGreaterThan(0);
        await expect.poll(() => passages.first().locator('a').getAttribute('href')).toMatch(new RegExp(`^/articles/${side}#p-\\d+$`));
        await expect.poll(() => passages.first().locator('mark').count()).toBeGreaterThan(0);
      }
    }
    await expect.poll(() => pair.locator('li[data-item="places/beijing"] mark').first().textContent()).toBe('Beijing');
    // The Xinjiang thread runs through both, as a theme (the Times says “in the west”, not “Xinjiang”).
    const xinjiang = pair.locator('li[data-item="themes/xinjiang"]');
    await expect.poll(() => xinjiang.locator(`[data-side="${NYT}"] li`).count()).toBeGreaterThan(0);
    await expect.poll(() => xinjiang.locator(`[data-side="${TIME}"] li`).count()).toBeGreaterThan(0);
    expect(record.errors).toEqual([]);
  });

  it('a pair named in the address never flashes the default pair first, and nothing moves when it shows', async () => {
    const { page } = await newPage(browser());
    // Hold the page's scripts back, as a slow phone would, so that the prerendered page is drawn before they run.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await recordLayoutShifts(page);
    await page.goto(url(`/compare?a=${TIME}&b=${TODAY}`), { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // Drawn before the scripts: the pickers, and not the default pair (nor its "no pair chosen" hint).
    expect(await page.locator('.compare-pickers').isVisible()).toBe(true);
    expect(await page.locator('section[data-pair]:visible, .compare-hint:visible').count()).toBe(0);
    release();
    await waitForHydration(page);
    await page.locator(`section[data-pair="${TIME}+${TODAY}"]`).waitFor();
    expect(await page.locator('section[data-pair]').count()).toBe(1);
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
    // Back to no pair: the default pair shows again, once.
    await page.goto(url('/compare'));
    await waitForHydration(page);
    await expect.poll(() => page.locator(`section[data-pair="${DEFAULT_LEFT}+${DEFAULT_RIGHT}"]:visible`).count()).toBe(1);
  });

  it('the order in the URL decides the sides, and the pickers change the URL', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, `/compare?a=${TIME}&b=${NYT}`);
    await page.locator(`section[data-pair="${TIME}+${NYT}"]`).waitFor();
    await expect.poll(() => page.locator('#pair-heading').textContent()).toBe('TIME and The New York Times');

    await page.getByLabel('Right article').selectOption(TODAY);
    await page.waitForURL((u) => u.searchParams.get('a') === TIME && u.searchParams.get('b') === TODAY);
    const pair = page.locator(`section[data-pair="${TIME}+${TODAY}"]`);
    await pair.waitFor();
    await expect.poll(() => pair.locator('li[data-item="places/chongqing"]').count()).toBe(1);

    await back(page);
    await page.locator(`section[data-pair="${TIME}+${NYT}"]`).waitFor();
    expect(record.errors).toEqual([]);
  });

  it('with no pair chosen the default pair shows, and every pairing is linked and works', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/compare');
    await page.locator('.compare-hint').waitFor();
    await expect.poll(() => page.locator('.compare-hint').textContent()).toContain('No pair chosen');
    await expect.poll(() => page.locator(`section[data-pair="${DEFAULT_LEFT}+${DEFAULT_RIGHT}"]`).count()).toBe(1);
    await expect.poll(() => page.getByLabel('Left article').inputValue()).toBe(DEFAULT_LEFT);
    const links = page.locator('.compare-all-pairs a');
    await expect.poll(() => links.count()).toBe(pairings);
    await links.last().click();
    await arrive(page, (u) => u.searchParams.has('a') && u.searchParams.has('b'));
    const u = new URL(page.url());
    await page.locator(`section[data-pair="${u.searchParams.get('a')}+${u.searchParams.get('b')}"]`).waitFor();
  });

  it('hostile or missing a/b values show a clear message and the pickers, never a crash', async () => {
    const cases: [string, RegExp][] = [
      ['?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=' + TIME, /“<script>alert\(1\)<\/script>” \(a\) is not one of the four articles/],
      ['?a=%00&b=%00', /“\uFFFD” \(a\) is not one of the four articles/],
      [`?a=${NYT}&b=${NYT}`, /Both sides are the same article/],
      [`?a=${NYT}`, /The second article \(b\) is missing/],
      ['?a=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&b=javascript:alert(1)', /is not one of the four articles/],
      [`?a=${'x'.repeat(5000)}&b=${TIME}`, /is not one of the four articles/],
    ];
    for (const [query, message] of cases) {
      const { page, record } = await newPage(browser());
      await visit(page, `/compare${query}`);
      const alert = page.locator('.compare-notice[role="alert"]');
      await alert.waitFor();
      await expect.poll(() => alert.textContent()).toMatch(message);
      await expect.poll(() => page.getByLabel('Left article').count()).toBe(1);
      await expect.poll(() => page.getByLabel('Right article').count()).toBe(1);
      await expect.poll(() => page.locator('section[data-pair]').count()).toBe(0);
      // No element made from the address (the page's own inline script, #compare-pair-asked, aside).
      await expect.poll(() => page.locator('main img, main script:not(#compare-pair-asked)').count()).toBe(0);
      expect(record.dialogs).toEqual([]);
      expect(record.errors).toEqual([]);
    }
  });

  it('without JavaScript, /compare shows the default pair and every pairing', async () => {
    const { page } = await newPage(browser(), { javaScriptEnabled: false });
    await visit(page, '/compare');
    await expect.poll(() => page.locator(`section[data-pair="${DEFAULT_LEFT}+${DEFAULT_RIGHT}"] li[data-item]`).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.compare-all-pairs a').count()).toBe(pairings);
  });

  it('no request leaves the site', async () => {
    const { page, record } = await newPage(browser());
    for (const path of ['/timeline', '/timeline?theme=xinjiang', `/compare?a=${NYT}&b=${TIME}`, '/compare?a=bad']) {
      await visit(page, path);
      await page.waitForLoadState('networkidle');
    }
    expect(record.foreignRequests).toEqual([]);
  });
});

describe('accessibility: zero axe violations on /timeline and /compare, light and dark', () => {
  itPassesAxe(browser, ['/timeline', '/timeline?theme=xinjiang&place=nowhere', '/compare', `/compare?a=${TODAY}&b=${TIME}`, '/compare?a=bad&b=bad'], (page, path) =>
    page.locator(path.startsWith('/timeline') ? '.timeline-count' : '.compare-pickers').waitFor(),
  );
});
