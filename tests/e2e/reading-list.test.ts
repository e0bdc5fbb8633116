import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encode } from '@/lib/reading-list/codec';
import { emptyList, type ReadingList } from '@/lib/reading-list/types';
import { getLibrary } from '@/lib/library';
import { axe, formatViolations, sharedBrowser, newPage, url, type PageRecord, visit } from './browser';

const browser = sharedBrowser();

const library = getLibrary();
const article = (slug: string) => library.articles.find((a) => a.slug === slug)!;
const nyt = article('nyt-dystopian-dreams');
const time = article('time-surveillance-state');
const today = article('today-chongqing-privacy');


const list: ReadingList = {
  title: 'Week 3: Watching the watchers',
  instructions: 'Read in this order.\nBring one question to class.',
  style: 'mla',
  items: [
    { ref: { type: 'article', article: 'today-chongqing-privacy' }, note: '' },
    { ref: { type: 'passage', article: 'time-surveillance-state', n: 4 }, note: 'Why start with Mrs. Chen?' },
    { ref: { type: 'claim', slug: 'cameras-by-2020' }, note: '' },
    { ref: { type: 'theme', slug: 'camera-counts' }, note: 'Which count do you trust?' },
  ],
};
const listUrl = (l: ReadingList) => url(`/reading-list?${encode(l)}`);

const itemHeadings = (page: Page) => page.locator('.rl-item h3').allTextContents();
const strip = (headings: string[]) => headings.map((h) => h.replace(/^Item \d+: /, ''));

async function openList(page: Page, address: string) {
  await page.goto(address);
  await page.locator('.rl-item').first().waitFor();
}

function expectClean(record: PageRecord) {
  expect(record.dialogs).toEqual([]);
  expect(record.errors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
}

describe('reading list: the page', () => {
  it('prerenders an empty state that explains how to build a list and links to the articles', async () => {
    const { page, record } = await newPage(browser(), { javaScriptEnabled: false });
    await visit(page, '/reading-list');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Reading list');
    await expect.poll(() => page.getByRole('heading', { name: 'How to build a reading list' }).count()).toBe(1);
    for (const a of library.articles) await expect.poll(() => page.locator(`main a[href="/articles/${a.slug}"]`).count()).toBe(1);
    // No dead controls without JavaScript.
    await expect.poll(() => page.locator('main button').count()).toBe(0);
    expectClean(record);
  });

  it('with JavaScript and nothing stored, shows the same empty state and a form to add a reading', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/reading-list');
    await page.getByRole('heading', { name: 'Add a reading' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'How to build a reading list' }).count()).toBe(1);
    await expect.poll(() => page.locator('.rl-item').count()).toBe(0);
    expectClean(record);
  });

  it('shows a shared list: title, instructions, items in order with their texts, notes, reading time and citations', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, listUrl(list));
    await expect.poll(() => page.locator('h1').textContent()).toBe(list.title);
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe(list.title);
    await expect.poll(() => page.getByLabel('Instructions for readers').inputValue()).toBe(list.instructions);
    expect(strip(await itemHeadings(page))).toEqual([today.title, `Paragraph 4 of “${time.title}”`, "China's camera network was set to grow substantially by 2020.", 'Counting the cameras']);

    const items = page.locator('.rl-item');
    // The article: its summary and a link to it.
    await expect.poll(() => items.nth(0).textContent()).toContain(today.summary);
    await expect.poll(() => items.nth(0).locator(`a[href="/articles/${today.slug}"]`).count()).toBe(1);
    // The passage: its own text with its number, and a link to the paragraph.
    const p4 = time.structure.passages[3]!;
    await expect.poll(() => items.nth(1).locator('blockquote').textContent()).toBe(`¶4 ${p4.text}`);
    await expect.poll(() => items.nth(1).locator('a[href="/articles/time-surveillance-state#p-4"]').count()).toBe(1);
    await expect.poll(() => items.nth(1).getByLabel(/Note or question/).inputValue()).toBe('Why start with Mrs. Chen?');
    // The claim: its evidence, each linked to its paragraph.
    const evidence = library.evidenceByClaim.get('cameras-by-2020')!;
    for (const e of evidence) await expect.poll(() => items.nth(2).locator(`a[href="/articles/${e.article}#p-${e.range.n}"]`).count()).toBe(1);
    // The theme: its summary.
    await expect.poll(() => items.nth(3).textContent()).toContain(library.themes.find((t) => t.slug === 'camera-counts')!.data.summary);

    // Total reading time: the article's stated minutes plus the rest at 230 words a minute.
    await expect.poll(() => page.locator('.rl-total').textContent()).toMatch(/4 items · total reading time about (\d+) minutes/);
    const total = Number(/about (\d+) minutes/.exec((await page.locator('.rl-total').textContent())!)![1]);
    expect(total).toBeGreaterThan(today.readingMinutes);

    // MLA citations; switching the style changes every citation, and the link remembers it.
    await expect.poll(() => items.nth(1).locator('.rl-cite p').nth(1).textContent()).toContain('par. 4');
    await page.getByRole('radio', { name: 'APA' }).check();
    await expect.poll(() => items.nth(1).locator('.rl-cite p').nth(1).textContent()).toContain('(para. 4)');
    await expect.poll(() => page.locator('.rl-cite-label').first().textContent()).toBe('Citation (APA)');
    await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('apa');
    expectClean(record);
  });

  it('reorders with the keyboard: focus stays on the moved item’s button and the move is announced', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, listUrl(list));
    const before = strip(await itemHeadings(page));
    const down = page.locator('.rl-item').nth(0).getByRole('button', { name: /^Move down/ });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual([before[1], before[0], before[2], before[3]]);
    // The focused button is the moved item's Move down, now in second place.
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }));
    expect(focused.id).toBe('rl-down-a_today-chongqing-privacy');
    expect(focused.text).toBe('Move down: item 2');
    await expect.poll(() => page.locator('.visually-hidden[role="status"]').textContent()).toContain('down to position 2 of 4');
    // Space moves it again; then up with the keyboard, twice, back to the top.
    await page.keyboard.press('Space');
    await expect.poll(async () => strip(await itemHeadings(page))[2]).toBe(before[0]);
    await page.keyboard.press('Shift+Tab'); // to Move up of the same item
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rl-up-a_today-chongqing-privacy');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual(before);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rl-up-a_today-chongqing-privacy');
    // At the top, Move up says so and keeps focus.
    await expect.poll(() => page.locator('#rl-up-a_today-chongqing-privacy').getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.visually-hidden[role="status"]').textContent()).toContain('is already first');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rl-up-a_today-chongqing-privacy');
    // The link follows the order.
    expect(new URL(page.url()).searchParams.get('items')).toBe(encode(list).match(/items=([^&]+)/)![1]);
    expectClean(record);
  });

  it('removes an item, moving focus to the next one and announcing it', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, listUrl(list));
    await page.locator('.rl-item').nth(1).getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => page.locator('.rl-item').count()).toBe(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rl-remove-c_cameras-by-2020');
    await expect.poll(() => page.locator('.visually-hidden[role="status"]').textContent()).toContain('Removed paragraph 4 of');
    expect(new URL(page.url()).searchParams.get('items')).toBe('a.today-chongqing-privacy~c.cameras-by-2020~th.camera-counts');
    // The note moved with its item: the theme's note is now n.3.
    expect(new URL(page.url()).searchParams.get('n.3')).toBe('Which count do you trust?');
    expectClean(record);
  });

  it('builds a list on the page itself, keeps it in this browser under its one key, and in the address', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/reading-list');
    await page.getByLabel('Article').selectOption('time-surveillance-state');
    await page.getByLabel('Paragraph number').fill('500');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await expect.poll(() => page.locator('#rl-add-error').textContent()).toContain(`numbered 1 to ${time.structure.passages.length}`);
    await page.getByLabel('Paragraph number').fill('7');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByLabel('Article').selectOption('nyt-dystopian-dreams');
    await page.getByLabel('Paragraph number').fill('');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual([`Paragraph 7 of “${time.title}”`, nyt.title]);
    await page.getByLabel('Title').fill('My list');
    await page.locator('.rl-item').nth(0).getByLabel(/Note or question/).fill('Question one?');
    await expect.poll(() => new URL(page.url()).searchParams.get('n.1')).toBe('Question one?');
    const storage = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(Object.keys(storage)).toEqual(['sightlines:reading-list']);
    expect(storage['sightlines:reading-list']).toBe('v=1&t=My+list&items=p.time-surveillance-state.7~a.nyt-dystopian-dreams&n.1=Question+one%3F');
    // Opened again without a link, the page shows the stored list and puts it in the address.
    await visit(page, '/reading-list');
    await page.locator('.rl-item').first().waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe('My list');
    await expect.poll(() => new URL(page.url()).searchParams.get('items')).toBe('p.time-surveillance-state.7~a.nyt-dystopian-dreams');
    expect(await page.context().cookies()).toEqual([]);
    expectClean(record);
  });

  it('copies an absolute share link that opens the same list in a fresh browser', async () => {
    const { page, record } = await newPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await openList(page, listUrl(list));
    await page.getByLabel('Title').fill('Shared week');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.copy-status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Link to this list').inputValue());
    expect(copied.startsWith(`${new URL(url('/')).origin}/reading-list?v=1&t=Shared+week`)).toBe(true);
    const fresh = await newPage(browser());
    await openList(fresh.page, copied);
    await expect.poll(() => fresh.page.locator('h1').textContent()).toBe('Shared week');
    const expected = await itemHeadings(page);
    await expect.poll(() => itemHeadings(fresh.page)).toEqual(expected);
    expectClean(record);
    expectClean(fresh.record);
  });

  it('tells a reader who opens a shared link that their own list is kept until they edit', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/reading-list');
    await page.evaluate(() => localStorage.setItem('sightlines:reading-list', 'v=1&t=Mine&items=a.nyt-dystopian-dreams'));
    await openList(page, listUrl(list));
    const notice = page.locator('.rl-notice');
    await expect.poll(() => notice.textContent()).toContain('1 item, “Mine”');
    await page.getByRole('button', { name: 'Open the list you were building' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mine');
    expect(new URL(page.url()).searchParams.get('items')).toBe('a.nyt-dystopian-dreams');
    expectClean(record);
  });
});

describe('reading list: the print view', () => {
  it('prints a clean packet: no site chrome, full texts with paragraph numbers, citations, a page break between items', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, listUrl(list));
    await page.getByRole('link', { name: 'Open print view' }).click();
    await page.waitForURL('**/reading-list/print?**');
    await page.locator('.packet-item').first().waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe(list.title);
    await expect.poll(() => page.locator('.packet-instructions').textContent()).toBe(list.instructions);
    const items = page.locator('.packet-item');
    await expect.poll(() => items.count()).toBe(4);
    // The whole article, every passage numbered.
    const whole = items.nth(0).locator('.packet-para');
    await expect.poll(() => whole.count()).toBe(today.structure.passages.length);
    await expect.poll(() => whole.nth(9).locator('.packet-num').textContent()).toBe('¶10');
    await expect.poll(() => whole.nth(9).textContent()).toContain(today.structure.passages[9]!.text);
    // The passage, its note, and its citation with the source's address.
    await expect.poll(() => items.nth(1).locator('.packet-para').textContent()).toBe(`¶4 ${time.structure.passages[3]!.text}`);
    await expect.poll(() => items.nth(1).locator('.packet-note').textContent()).toContain('Why start with Mrs. Chen?');
    await expect.poll(() => items.nth(1).locator('.packet-sources').textContent()).toContain(time.url!);
    await expect.poll(() => items.nth(1).locator('.packet-sources').textContent()).toContain('par. 4');
    // The claim with its evidence quotes; the theme with its passages, quotes marked.
    await expect.poll(() => items.nth(2).locator('.packet-evidence').count()).toBe(library.evidenceByClaim.get('cameras-by-2020')!.length);
    await expect.poll(() => items.nth(3).locator('mark').count()).toBe(library.passagesByTheme.get('camera-counts')!.length);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.site-header').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.site-footer').isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    const breaks = await items.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(['auto', 'page', 'page', 'page']);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.site-header').isVisible()).toBe(true);
    expectClean(record);
  });

  it('the Print button opens the browser’s print dialog', async () => {
    const { page } = await newPage(browser());
    await visit(page, `/reading-list/print?${encode(list)}`);
    await page.locator('.packet-item').first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});

/** Hand-edited, cut-short and hostile links: a clear message, the rest of the list, and no dialog or script error. */
const hostile: { query: string; message: RegExp; items: number }[] = [
  { query: 'items=a.foo~a.nyt-dystopian-dreams', message: /Unknown article ‘foo’ was skipped/, items: 1 },
  { query: 'items=p.time-surveillance-state.999~th.camera-counts', message: /Paragraph 999 of “The Fight for Our Faces” was skipped/, items: 1 },
  { query: 'items=c.nope~th.nope~a.nyt-dystopian-dreams', message: /Unknown claim ‘nope’ was skipped/, items: 1 },
  { query: 't=%3Cscript%3Ealert(1)%3C%2Fscript%3E&items=a.nyt-dystopian-dreams', message: /HTML markup in the title is shown as plain text/, items: 1 },
  { query: 'items=a.nyt-dystopian-dreams&n.1=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', message: /HTML markup in the note for item 1/, items: 1 },
  { query: 'items=%3Cscript%3Ealert(1)%3C%2Fscript%3E~a.nyt-dystopian-dreams', message: /is not a reading-list item/, items: 1 },
  { query: 't=Week%003&items=a.nyt-dystopian-dreams', message: /Control characters/, items: 1 },
  { query: 't=%E0%A4%A&items=a.nyt-dystopian-dreams', message: /could not be read/, items: 1 },
  // The static server (like most) refuses request lines over ~16 kB; larger values are tested below, in the page.
  { query: `t=${'A'.repeat(10_000)}&items=a.nyt-dystopian-dreams`, message: /Only the first 200 characters of the title/, items: 1 },
  { query: `items=${Array.from({ length: 300 }, (_, i) => `p.nyt-dystopian-dreams.${(i % 60) + 1}`).join('~')}`, message: /repeats item/, items: 60 },
  { query: 'v=7&items=a.nyt-dystopian-dreams', message: /version 7/, items: 1 },
  { query: 'items=a.nyt-dystopian-dreams~p.time-surveillance-st', message: /“p\.time-surveillance-st” was skipped/, items: 1 },
  { query: 'utm_source=mail', message: /holds no reading list/, items: 0 },
];

describe('reading list: hostile and damaged links', () => {
  it('a megabyte title and 10,000 items put into the address in the page are cut to the limits and explained', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/reading-list');
    await page.getByRole('heading', { name: 'Add a reading' }).waitFor();
    await page.evaluate(() => {
      const items = Array.from({ length: 10_000 }, (_, i) => `p.nyt-dystopian-dreams.${i + 1}`).join('~');
      history.pushState(null, '', `/reading-list?t=${'A'.repeat(1_000_000)}&items=${items}`);
    });
    const alert = page.locator('.rl-problems[role="alert"]');
    await alert.waitFor();
    await expect.poll(() => alert.textContent()).toContain('Only the first 200 characters of the title are kept (the link had 1,000,000).');
    await expect.poll(() => alert.textContent()).toContain('The link lists 10,000 items; a reading list holds at most 100, so only the first 100 are kept.');
    // Of the first 100 paragraphs asked for, the article has these; the rest are named as missing.
    const passages = nyt.structure.passages.length;
    await expect.poll(() => page.locator('.rl-item').count()).toBe(passages);
    await expect.poll(() => alert.textContent()).toContain(`Paragraph ${passages + 1} of “${nyt.title}” was skipped`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('A'.repeat(200));
    expectClean(record);
  });

  for (const row of hostile) {
    it(`?${row.query.length > 70 ? `${row.query.slice(0, 70)}…` : row.query}`, async () => {
      const { page, record } = await newPage(browser());
      await visit(page, `/reading-list?${row.query}`);
      const alert = page.locator('.rl-problems[role="alert"]');
      await alert.waitFor();
      await expect.poll(() => alert.textContent()).toMatch(row.message);
      await expect.poll(() => page.locator('.rl-item').count()).toBe(row.items);
      await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
      await visit(page, `/reading-list/print?${row.query}`);
      await page.locator('.rl-problems[role="alert"]').waitFor();
      await expect.poll(() => page.locator('.packet-item').count()).toBe(row.items);
      expectClean(record);
    });
  }
});

describe('reading list: accessibility, light and dark', () => {
  const pages: [string, string][] = [
    ['empty list', '/reading-list'],
    ['filled list', `/reading-list?${encode(list)}`],
    ['list with problems', '/reading-list?items=a.foo~a.nyt-dystopian-dreams&t=%3Cscript%3E'],
    ['print view', `/reading-list/print?${encode(list)}`],
    ['empty print view', `/reading-list/print?${encode(emptyList())}`],
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, path] of pages) {
      it(`${name} (${colorScheme})`, async () => {
        const { page } = await newPage(browser(), { colorScheme });
        await visit(page, path);
        await page.waitForLoadState('networkidle');
        await page.locator('h1').waitFor();
        if (path.includes('items=')) await page.locator('.rl-item, .packet-item').first().waitFor();
        const violations = await axe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      });
    }
  }
});

describe('reading list: the teacher’s journey from the article pages', () => {
  /** The paragraph's Add button, in the paragraph's actions menu (opened from beside its permalink). */
  async function addPassage(page: Page, n: number) {
    const paragraph = page.locator(`#p-${n}`);
    const add = paragraph.getByRole('button', { name: /^Add to reading list/ });
    if (!(await add.isVisible())) {
      await paragraph.getByRole('button', { name: `Actions for paragraph ${n}` }).click();
    }
    await add.click();
    await expect.poll(() => add.getAttribute('aria-pressed')).toBe('true');
  }

  it('builds a list of two articles and three passages, shares it, reorders it and prints it', async () => {
    const { page, record } = await newPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    // Two whole articles, from their headers, reached from the home page.
    for (const slug of ['nyt-dystopian-dreams', 'time-surveillance-state']) {
      await visit(page, '/');
      await page.locator(`.cards a[href="/articles/${slug}"]`).click();
      await page.waitForURL(`**/articles/${slug}`);
      const add = page.locator('.article-header').getByRole('button', { name: /^Add to reading list/ });
      await add.click();
      await expect.poll(() => add.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('.article-header [role="status"]').first().textContent()).toMatch(/^Added /);
    }
    // Three passages from their paragraph menus.
    await visit(page, '/articles/today-chongqing-privacy');
    await addPassage(page, 3);
    await addPassage(page, 5);
    await visit(page, '/articles/nyt-dystopian-dreams');
    await addPassage(page, 8);
    // The button is a toggle: pressed again, it removes the paragraph and says so; a third press adds it back.
    const p8 = page.locator('#p-8').getByRole('button', { name: /^Add to reading list/ });
    await p8.click();
    await expect.poll(() => p8.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator('#p-8 [role="status"]').first().textContent()).toMatch(/^Removed .+ from your reading list \(4 items\)/);
    await p8.click();
    await expect.poll(() => p8.getAttribute('aria-pressed')).toBe('true');
    // The article added earlier shows as pressed, and the count link shows the list's size.
    const header = page.locator('.article-header').getByRole('button', { name: /^Add to reading list/ });
    await expect.poll(() => header.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('.article-header a[href="/reading-list"]').first().textContent()).toContain('5 items');

    await visit(page, '/reading-list');
    await page.locator('.rl-item').first().waitFor();
    expect(strip(await itemHeadings(page))).toEqual([
      nyt.title,
      time.title,
      `Paragraph 3 of “${today.title}”`,
      `Paragraph 5 of “${today.title}”`,
      `Paragraph 8 of “${nyt.title}”`,
    ]);
    await page.locator('.rl-item').nth(2).getByLabel(/Note or question/).fill('What do the taxi drivers fear?');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.copy-status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());

    // A student opens it in a fresh browser and sees the same list.
    const student = await newPage(browser());
    await openList(student.page, link);
    const expected = await itemHeadings(page);
    await expect.poll(() => itemHeadings(student.page)).toEqual(expected);
    await expect.poll(() => student.page.locator('.rl-item').nth(2).getByLabel(/Note or question/).inputValue()).toBe('What do the taxi drivers fear?');

    // Reorder with the keyboard: the last passage to the top.
    const up = student.page.locator('.rl-item').nth(4).getByRole('button', { name: /^Move up/ });
    await up.focus();
    for (let i = 0; i < 4; i++) await student.page.keyboard.press('Enter');
    await expect.poll(async () => strip(await itemHeadings(student.page))[0]).toBe(`Paragraph 8 of “${nyt.title}”`);

    await student.page.getByRole('link', { name: 'Open print view' }).click();
    await student.page.locator('.packet-item').first().waitFor();
    await student.page.emulateMedia({ media: 'print' });
    await expect.poll(() => student.page.locator('.site-header').isVisible()).toBe(false);
    const breaks = await student.page.locator('.packet-item').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page']);
    expectClean(record);
    expectClean(student.record);
  });
});
