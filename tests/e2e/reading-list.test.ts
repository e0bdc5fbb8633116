import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import jsQR from 'jsqr';
import { bibtex, ris } from '@/lib/cite/export';
import { cslRecord } from '@/lib/cite/record';
import { encode } from '@/lib/reading-list/codec';
import { emptyList, type ReadingList } from '@/lib/reading-list/types';
import { getLibrary } from '@/lib/library';
import { themeThread } from '@/lib/themes';
import { arrive, expectNoAxeViolations, newPage, reload, sharedBrowser, url, visit, type PageRecord } from './browser';
import { asArticleSlug, asEntrySlug } from '@/lib/ids';

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
    { ref: { type: 'article', article: asArticleSlug('today-chongqing-privacy') }, note: '' },
    { ref: { type: 'passage', article: asArticleSlug('time-surveillance-state'), n: 4 }, note: 'Why start with Mrs. Chen?' },
    { ref: { type: 'claim', slug: asEntrySlug('cameras-by-2020') }, note: '' },
    { ref: { type: 'theme', slug: asEntrySlug('camera-counts') }, note: 'Which count do you trust?' },
  ],
};
const listUrl = (l: ReadingList) => url(`/reading-list?${encode(l)}`);

const itemHeadings = (page: Page) => page.locator('.rl-item :is(h2, h3)').allTextContents();
const strip = (headings: string[]) => headings.map((h) => h.replace(/^(Item|Reading) \d+: /, ''));

/** Opens a list (a path or a whole address) and waits until its items are shown. */
async function openList(page: Page, address: string) {
  await visit(page, address);
  await page.locator('.rl-item').first().waitFor();
}

/** The editor with `l` as the list being built in this browser (what "Edit a copy" or the Add buttons leave). */
async function openEditor(page: Page, l: ReadingList) {
  await visit(page, '/reading-list');
  await page.evaluate((query) => localStorage.setItem('sightlines:reading-list', query), encode(l));
  await openList(page, '/reading-list');
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

  it('edits the list kept in this browser: title, instructions, items in order with their texts, notes, reading time and citations', async () => {
    const { page, record } = await newPage(browser());
    await openEditor(page, list);
    await expect.poll(() => page.locator('h1').textContent()).toBe(list.title);
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe(list.title);
    await expect.poll(() => page.getByLabel('Instructions for readers').inputValue()).toBe(list.instructions);
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual([today.title, `Paragraph 4 of “${time.title}”`, library.claims.find((c) => c.slug === 'cameras-by-2020')!.data.statement, 'Counting the cameras']);

    const items = page.locator('.rl-item');
    // The article: its summary and a link to it.
    await expect.poll(() => items.nth(0).textContent()).toContain(today.summary);
    await expect.poll(() => items.nth(0).locator(`a[href="/articles/${today.slug}"]`).count()).toBe(1);
    // The passage: its own text with its number, and a link to the paragraph.
    const p4 = time.structure.passages[3]!;
    await expect.poll(() => items.nth(1).locator('.packet-para').textContent()).toBe(`¶4 ${p4.text}`);
    await expect.poll(() => items.nth(1).locator('a[href="/articles/time-surveillance-state#p-4"]').count()).toBe(1);
    await expect.poll(() => items.nth(1).getByLabel(/Note or question/).inputValue()).toBe('Why start with Mrs. Chen?');
    // The claim: its evidence, each linked to its paragraph.
    const evidence = library.evidenceByClaim.get(asEntrySlug('cameras-by-2020'))!;
    for (const e of evidence) await expect.poll(() => items.nth(2).locator(`a[href="/articles/${e.article}#p-${e.range.n}"]`).count()).toBe(1);
    // The theme: its summary.
    await expect.poll(() => items.nth(3).textContent()).toContain(library.themes.find((t) => t.slug === 'camera-counts')!.data.summary);

    // Total reading time: the article's stated minutes plus the rest at 230 words a minute.
    await expect.poll(() => page.locator('.rl-total').textContent()).toMatch(/4 items · total reading time about (\d+) minutes/);
    const total = Number(/about (\d+) minutes/.exec((await page.locator('.rl-total').textContent())!)![1]);
    expect(total).toBeGreaterThan(today.readingMinutes);

    // MLA citations; switching the style changes every citation, and the link remembers it.
    await expect.poll(() => items.nth(1).locator('.rl-cite li p').nth(0).textContent()).toBe(
      'Campbell, Charlie. “The Fight for Our Faces.” TIME, 2 Dec. 2019, https://time.com/5735411/china-surveillance-privacy-issues/.',
    );
    await expect.poll(() => items.nth(1).locator('.rl-cite li p').nth(1).textContent()).toBe('In the text: (Campbell, par. 4)');
    await expect.poll(() => items.nth(1).locator('.rl-cite i').first().textContent()).toBe('TIME');
    await page.getByRole('radio', { name: 'APA' }).check();
    await expect.poll(() => items.nth(1).locator('.rl-cite li p').nth(1).textContent()).toBe('In the text: (Campbell, 2019, para. 4)');
    await expect.poll(() => page.locator('.rl-cite-label').first().textContent()).toBe('Citation (APA)');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(localStorage.getItem('sightlines:reading-list')!).get('s'))).toBe('apa');
    // The editor never puts the list into its own address: /reading-list with a list is the reader's view.
    expect(new URL(page.url()).search).toBe('');
    expectClean(record);
  });

  it('reorders with the keyboard: focus stays on the moved item’s button and the move is announced', async () => {
    const { page, record } = await newPage(browser());
    await openEditor(page, list);
    const before = strip(await itemHeadings(page));
    const down = page.locator('.rl-item').nth(0).getByRole('button', { name: /^Move down/ });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual([before[1], before[0], before[2], before[3]]);
    // The focused button is the moved item's Move down, now in second place.
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }));
    await expect.poll(focused).toEqual({ id: 'rl-down-a_today-chongqing-privacy', text: 'Move down: item 2' });
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
    // The share link follows the order.
    expect(new URL(await page.getByLabel('Link to this list').inputValue()).searchParams.get('items')).toBe(encode(list).match(/items=([^&]+)/)![1]);
    expectClean(record);
  });

  it('removes an item, moving focus to the next one and announcing it', async () => {
    const { page, record } = await newPage(browser());
    await openEditor(page, list);
    await page.locator('.rl-item').nth(1).getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => page.locator('.rl-item').count()).toBe(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rl-remove-c_cameras-by-2020');
    await expect.poll(() => page.locator('.visually-hidden[role="status"]').textContent()).toContain('Removed paragraph 4 of');
    const share = new URL(await page.getByLabel('Link to this list').inputValue()).searchParams;
    expect(share.get('items')).toBe('a.today-chongqing-privacy~c.cameras-by-2020~th.camera-counts');
    // The note moved with its item: the theme's note is now n.3.
    expect(share.get('n.3')).toBe('Which count do you trust?');
    expectClean(record);
  });

  it('builds a list on the page itself and keeps it in this browser under its one key', async () => {
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
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sightlines:reading-list'))).toContain('n.1=Question+one%3F');
    const storage = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(Object.keys(storage)).toEqual(['sightlines:reading-list']);
    expect(storage['sightlines:reading-list']).toBe('v=1&t=My+list&items=p.time-surveillance-state.7~a.nyt-dystopian-dreams&n.1=Question+one%3F');
    // Opened again without a link, the page shows the stored list, in the editor, at the same address.
    await visit(page, '/reading-list');
    await page.locator('.rl-item').first().waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe('My list');
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('My list');
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.context().cookies()).toEqual([]);
    expectClean(record);
  });

  it('copies an absolute share link that opens the same list in a fresh browser', async () => {
    const { page, record } = await newPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await openEditor(page, list);
    await page.getByLabel('Title').fill('Shared week');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.copy-status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Link to this list').inputValue());
    expect(copied.startsWith(`${new URL(url('/')).origin}/reading-list?v=1&t=Shared+week`)).toBe(true);
    const fresh = await newPage(browser());
    await openList(fresh.page, copied);
    await expect.poll(() => fresh.page.locator('h1').textContent()).toBe('Shared week');
    await expect.poll(async () => strip(await itemHeadings(fresh.page))).toEqual(strip(await itemHeadings(page)));
    expectClean(record);
    expectClean(fresh.record);
  });

  it('“Edit a copy” of a shared list asks before replacing the list this browser holds', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, '/reading-list');
    await page.evaluate(() => localStorage.setItem('sightlines:reading-list', 'v=1&t=Mine&items=a.nyt-dystopian-dreams'));
    await openList(page, listUrl(list));
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    const notice = page.locator('.rl-notice');
    await expect.poll(() => notice.textContent()).toContain('1 item, “Mine”');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.rl-notice').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sightlines:reading-list'))).toBe('v=1&t=Mine&items=a.nyt-dystopian-dreams');
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByRole('button', { name: 'Replace it and edit this list' }).click();
    await page.getByLabel('Title').waitFor();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe(list.title);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sightlines:reading-list'))).toBe(encode(list));
    expectClean(record);
  });
});

describe('reading list: the assignment a shared link opens', () => {
  it('shows no editor fields, and each question above its reading', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, listUrl(list));
    await expect.poll(() => page.locator('h1').textContent()).toBe(list.title);
    await expect.poll(() => page.getByRole('region', { name: 'Instructions' }).textContent()).toBe(list.instructions);
    // None of the teacher's controls: no text fields for the list, no style radios, no Move or Remove.
    await expect.poll(() => page.getByLabel('Title').count()).toBe(0);
    await expect.poll(() => page.getByLabel('Instructions for readers').count()).toBe(0);
    await expect.poll(() => page.getByRole('radio').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /^(Move up|Move down|Remove)/ }).count()).toBe(0);
    await expect.poll(() => page.getByLabel(/Note or question/).count()).toBe(0);
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual([today.title, `Paragraph 4 of “${time.title}”`, library.claims.find((c) => c.slug === 'cameras-by-2020')!.data.statement, 'Counting the cameras']);
    const items = page.locator('.rl-item');
    // The question comes before the reading, in document order.
    const order = await items.nth(1).evaluate((li) => {
      const question = li.querySelector('.rl-question');
      const reading = li.querySelector('.packet-para');
      return question && reading ? question.compareDocumentPosition(reading) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await expect.poll(() => items.nth(1).locator('.rl-question').textContent()).toContain('Why start with Mrs. Chen?');
    await expect.poll(() => items.nth(0).locator('.rl-question').count()).toBe(0);
    // The article as a link with its reading time; the paragraph's full text, its number, and a link in context.
    await expect.poll(() => items.nth(0).locator(`a[href="/articles/${today.slug}"]`).count()).toBe(1);
    await expect.poll(() => items.nth(0).textContent()).toContain(`${today.readingMinutes} minutes`);
    await expect.poll(() => items.nth(1).locator('.packet-para').textContent()).toBe(`¶4 ${time.structure.passages[3]!.text}`);
    await expect.poll(() => items.nth(1).locator('a[href="/articles/time-surveillance-state#p-4"]').count()).toBe(1);
    await expect.poll(() => page.locator('.rl-total').textContent()).toMatch(/^4 readings · about \d+ minutes of reading in all$/);
    // Opening it leaves this browser's own list alone.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sightlines:reading-list'))).toBeNull();
    expectClean(record);
  });

  it('“Edit a copy” opens the editor with the same items', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, listUrl(list));
    const headings = strip(await itemHeadings(page));
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await page.getByLabel('Title').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe(list.title);
    await expect.poll(() => page.getByLabel('Instructions for readers').inputValue()).toBe(list.instructions);
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual(headings);
    await expect.poll(() => page.locator('.rl-item').nth(3).getByLabel(/Note or question/).inputValue()).toBe('Which count do you trust?');
    expectClean(record);
  });

  it('keeps answers in this browser for this list only: they survive a reload and come out of “Copy my answers”', async () => {
    const { page, record } = await newPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await openList(page, listUrl(list));
    const answer = page.getByLabel('Your answer to question 2');
    await answer.fill('Because she is the one being watched.');
    await page.getByLabel('Your answer to question 4').fill('The police figure.');
    // Only questions get an answer box.
    await expect.poll(() => page.getByRole('textbox', { name: /^Your answer/ }).count()).toBe(2);
    await reload(page);
    await page.locator('.rl-item').first().waitFor();
    await expect.poll(() => page.getByLabel('Your answer to question 2').inputValue()).toBe('Because she is the one being watched.');
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([expect.stringMatching(/^sightlines:answers:[0-9a-f]{8}$/)]);

    await page.getByRole('button', { name: 'Copy my answers' }).click();
    await expect.poll(() => page.locator('.copy-status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${list.title}\n`);
    expect(copied).toContain('Source: (Campbell, par. 4)\nQuestion: Why start with Mrs. Chen?\nAnswer: Because she is the one being watched.');
    expect(copied).toContain('Question: Which count do you trust?\nAnswer: The police figure.');
    expect(copied).toContain('Works Cited\n');

    // The printable answer sheet: the questions and answers, not the readings.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { sheet: { readings: boolean; answer: string } }).sheet = {
          readings: [...document.querySelectorAll('.rl-reading-body')].some((el) => getComputedStyle(el).display !== 'none'),
          answer: document.querySelector('.rl-answer-print')?.textContent ?? '',
        };
      };
    });
    await page.emulateMedia({ media: 'print' });
    // (In print media the button itself is hidden, so it is found by its text rather than its role.)
    await page.locator('.rl-answers-tools button', { hasText: 'Print my answers' }).evaluate((button: HTMLButtonElement) => button.click());
    const sheet = await page.evaluate(() => (window as unknown as { sheet: { readings: boolean; answer: string } }).sheet);
    expect(sheet).toEqual({ readings: false, answer: 'Because she is the one being watched.' });
    await page.emulateMedia({ media: 'screen' });

    // Another list in the same browser starts with no answers.
    await openList(page, listUrl({ ...list, title: 'Another week' }));
    await expect.poll(() => page.getByLabel('Your answer to question 2').inputValue()).toBe('');
    expectClean(record);
  });

  // Links exactly as the site has made them since the first reading lists (format 1, with and without "v").
  const oldLinks = [
    '/reading-list?v=1&t=Week+3&i=Read+before+Monday&s=apa&items=a.nyt-dystopian-dreams~p.time-surveillance-state.12~c.cameras-by-2020~th.camera-counts&n.2=Why+does+Campbell+start+in+Chongqing%3F',
    '/reading-list?t=Week+3&i=Read+before+Monday&s=apa&items=a.nyt-dystopian-dreams~p.time-surveillance-state.12~c.cameras-by-2020~th.camera-counts&n.2=Why+does+Campbell+start+in+Chongqing%3F',
  ];
  for (const link of oldLinks) {
    it(`an old link opens the same items in the new view (${link.includes('v=1') ? 'with' : 'without'} v)`, async () => {
      const { page, record } = await newPage(browser());
      await openList(page, url(link));
      await expect.poll(() => page.locator('h1').textContent()).toBe('Week 3');
      await expect.poll(async () => strip(await itemHeadings(page))).toEqual([nyt.title, `Paragraph 12 of “${time.title}”`, library.claims.find((c) => c.slug === 'cameras-by-2020')!.data.statement, 'Counting the cameras']);
      await expect.poll(() => page.locator('.rl-item').nth(1).locator('.rl-question').textContent()).toContain('Why does Campbell start in Chongqing?');
      await expect.poll(() => page.locator('.rl-problems').count()).toBe(0);
      expectClean(record);
    });
  }

  it('an old link to items that no longer resolve names them and shows the rest', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, url('/reading-list?v=1&items=a.retired-article~p.time-surveillance-state.4~c.retired-claim&n.1=Gone%3F'));
    await expect.poll(() => page.locator('.rl-problems').textContent()).toContain('Unknown article ‘retired-article’ was skipped (with its note).');
    await expect.poll(() => page.locator('.rl-problems').textContent()).toContain('Unknown claim ‘retired-claim’ was skipped.');
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual([`Paragraph 4 of “${time.title}”`]);
    expectClean(record);
  });
});

describe('reading list: a theme read as one thread', () => {
  it('shows the theme’s passages in order with their sources, the claims where they meet, and adds the whole thread', async () => {
    const { page, record } = await newPage(browser());
    const theme = library.themes.find((t) => t.slug === 'camera-counts')!;
    await visit(page, `/themes/${theme.slug}`);
    await page.getByRole('link', { name: 'Read this thread' }).click();
    await arrive(page, `**/themes/${theme.slug}/read`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Read the thread: ${theme.data.name}`);
    const thread = themeThread(library, theme.slug);
    const stops = page.locator('.thread-stop');
    await expect.poll(() => stops.count()).toBe(thread.length);
    for (const [i, stop] of thread.entries()) {
      const article = library.articles.find((a) => a.slug === stop.article)!;
      const passage = article.structure.passages.find((p) => p.n === stop.range.n)!;
      await expect.poll(() => stops.nth(i).locator('.thread-passage').textContent()).toBe(`¶${passage.n} ${passage.text}`);
      await expect.poll(() => stops.nth(i).locator(`a[href="/articles/${article.slug}#p-${passage.n}"]`).count()).toBe(1);
    }
    // The first stop of each article names it, its outlet and its date.
    const first = library.articles.find((a) => a.slug === thread[0]!.article)!;
    await expect.poll(() => stops.nth(0).locator('.thread-source').textContent()).toContain(`${first.title} · ${first.outlet}`);
    // Claims where the articles relate sit between the passages.
    await expect.poll(() => page.locator('.thread-claims').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.thread-claims').first().textContent()).toMatch(/agrees with|differs from|qualifies/);
    // One action puts the whole thread on the reading list.
    await page.getByRole('button', { name: /^Add to reading list/ }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sightlines:reading-list'))).toBe(`v=1&items=th.${theme.slug}`);
    expectClean(record);
  });
});

describe('reference managers', () => {
  it('an article page carries citation_* meta tags and downloads its record as RIS, BibTeX and CSL-JSON', async () => {
    const { page, record: requests } = await newPage(browser());
    await visit(page, '/articles/nyt-dystopian-dreams');
    const meta = (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('content')));
    await expect.poll(() => meta('citation_title')).toEqual([nyt.title]);
    await expect.poll(() => meta('citation_author')).toEqual(['Mozur, Paul']);
    await expect.poll(() => meta('citation_publication_date')).toEqual(['2018/07/08']);
    await expect.poll(() => meta('citation_journal_title')).toEqual(['The New York Times']);
    await expect.poll(() => meta('citation_public_url')).toEqual([nyt.url]);
    // The citation sits in the article bar's Cite panel, open from the start once the panel is shown.
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    await page.locator('.cite-box').first().waitFor({ state: 'visible' });
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoAxeViolations(page, `the open Cite panel (${colorScheme})`);
    }
    // Each button makes its file in the browser (no file per article is exported) and saves it under the article's slug.
    const downloaded = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.cite-box').getByRole('button', { name, exact: true }).click()]);
      return { file: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
    };
    const record = cslRecord(nyt);
    const risFile = await downloaded('RIS');
    expect(risFile.file).toBe('nyt-dystopian-dreams.ris');
    expect(risFile.text).toContain('TY  - NEWS\r\nID  - nyt-dystopian-dreams\r\nAU  - Mozur, Paul\r\n');
    expect(risFile.text).toBe(ris([record]));
    const bibFile = await downloaded('BibTeX');
    expect(bibFile.file).toBe('nyt-dystopian-dreams.bib');
    expect(bibFile.text).toContain('author = {Mozur, Paul}');
    expect(bibFile.text).toBe(bibtex([record]));
    const jsonFile = await downloaded('CSL-JSON');
    expect(jsonFile.file).toBe('nyt-dystopian-dreams.json');
    expect(JSON.parse(jsonFile.text)).toEqual([expect.objectContaining({ id: 'nyt-dystopian-dreams', type: 'article-newspaper', 'container-title': 'The New York Times' })]);
    expect(JSON.parse(jsonFile.text)).toEqual([record]);
    // Made on the page: nothing was fetched for them.
    expect(requests.requests.filter((r) => new URL(r).pathname.startsWith('/cite/'))).toEqual([]);
    expectClean(requests);
  });

  it('a reading list offers all its sources’ records in one file', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, listUrl(list));
    const link = page.getByRole('link', { name: 'RIS file of the sources' });
    await link.waitFor();
    await expect.poll(() => link.getAttribute('download')).toBe('reading-list.ris');
    const text = decodeURIComponent((await link.getAttribute('href'))!.replace(/^data:[^,]*,/, ''));
    // The list cites all four articles (its claim and theme draw on every one): four records, one file.
    expect(text.match(/^TY {2}- /gm)).toHaveLength(4);
    for (const a of library.articles) expect(text).toContain(`ID  - ${a.slug}`);
    // Pressed, it saves that file.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('reading-list.ris');
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe(text);
    const json = page.getByRole('link', { name: 'CSL-JSON file of the sources' });
    const records = JSON.parse(decodeURIComponent((await json.getAttribute('href'))!.replace(/^data:[^,]*,/, ''))) as { id: string }[];
    expect(records.map((r) => r.id).sort()).toEqual(library.articles.map((a) => a.slug).sort());
    expectClean(record);
  });
});

describe('reading list: the print view', () => {
  it('prints a clean packet: readings first, each question above its reading, one bibliography, a QR code of the link', async () => {
    const { page, record } = await newPage(browser());
    await openList(page, listUrl(list));
    await page.getByRole('link', { name: 'Print the packet' }).click();
    await arrive(page, '**/reading-list/print?**');
    await page.locator('.packet-item').first().waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe(list.title);
    await expect.poll(() => page.locator('.packet-instructions').textContent()).toBe(list.instructions);
    const items = page.locator('.packet-item');
    await expect.poll(() => items.count()).toBe(4);
    // The whole article, every passage numbered, and no captions for the photographs the packet leaves out.
    const prose = today.structure.passages.filter((p) => p.kind !== 'caption');
    const whole = items.nth(0).locator('.packet-para');
    await expect.poll(() => whole.count()).toBe(prose.length);
    await expect.poll(() => whole.nth(9).textContent()).toBe(`¶${prose[9]!.n} ${prose[9]!.text}`);
    await expect.poll(() => page.getByText('Photo caption').count()).toBe(0);
    // The paragraph: the question above it, its text with its number.
    await expect.poll(() => items.nth(1).locator('.packet-note').textContent()).toContain('Why start with Mrs. Chen?');
    await expect.poll(() => items.nth(1).locator('.packet-para').textContent()).toBe(`¶4 ${time.structure.passages[3]!.text}`);
    const questionFirst = await items.nth(1).evaluate((el) => {
      const q = el.querySelector('.packet-note')!;
      return Boolean(q.compareDocumentPosition(el.querySelector('.packet-para')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(questionFirst).toBe(true);
    // The claim with its evidence quotes; the theme with its passages, quotes marked.
    await expect.poll(() => items.nth(2).locator('.packet-evidence').count()).toBe(library.evidenceByClaim.get(asEntrySlug('cameras-by-2020'))!.length);
    // The theme's passages, but not its photo captions (the packet shows no photographs); it says it left them out.
    const kindOf = (p: { article: string; range: { n: number } }) => article(p.article).structure.passages.find((x) => x.n === p.range.n)!.kind;
    const themePassages = library.passagesByTheme.get(asEntrySlug('camera-counts'))!;
    const themeCaptions = themePassages.filter((p) => kindOf(p) === 'caption');
    expect(themeCaptions.length).toBeGreaterThan(0);
    await expect.poll(() => items.nth(3).locator('mark').count()).toBe(themePassages.length - themeCaptions.length);
    await expect.poll(() => items.nth(3).locator('.packet-left-out').textContent()).toMatch(/describes? (a )?photographs?: left out here/);
    const packetText = (await page.locator('main').textContent())!;
    for (const a of library.articles) for (const c of a.structure.passages.filter((p) => p.kind === 'caption')) expect(packetText, `caption ${a.slug} ¶${c.n}`).not.toContain(c.text);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.site-header').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.site-footer').isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    // One bibliography, in the list's style, each article once; no source block per item.
    const bibliography = page.locator('.packet-bibliography');
    await expect.poll(() => bibliography.count()).toBe(1);
    await expect.poll(() => bibliography.getByRole('heading').textContent()).toBe('Works Cited');
    const entries = await bibliography.locator('li').allTextContents();
    expect(entries).toHaveLength(4);
    expect(entries).toContain('Campbell, Charlie. “The Fight for Our Faces.” TIME, 2 Dec. 2019, https://time.com/5735411/china-surveillance-privacy-issues/.');
    await expect.poll(() => page.locator('.packet-sources').count()).toBe(0);
    await expect.poll(() => page.locator('.packet-item').filter({ hasText: 'https://' }).count()).toBe(0);
    // The QR code is drawn in the page and decodes to the list's link.
    const qr = page.locator('.packet-code img');
    await qr.waitFor();
    await expect.poll(() => qr.isVisible()).toBe(true);
    const pixels = await qr.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: data.width, height: data.height, data: Array.from(data.data) };
    });
    const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
    expect(decoded?.data).toBe(listUrl(list));
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.site-header').isVisible()).toBe(true);
    expectClean(record);
  });

  it('groups paragraphs of one article under it, and leaves the chosen space to write under each question', async () => {
    const { page, record } = await newPage(browser());
    const three: ReadingList = {
      ...emptyList(),
      title: 'Three paragraphs',
      style: 'apa',
      items: [4, 5, 6].map((n) => ({ ref: { type: 'passage', article: asArticleSlug('time-surveillance-state'), n }, note: `Question ${n}?` })),
    };
    await visit(page, `/reading-list/print?${encode(three)}`);
    await page.locator('.packet-item').first().waitFor();
    await expect.poll(() => page.locator('.packet-group').count()).toBe(1);
    await expect.poll(() => page.locator('.packet-group h2').textContent()).toBe(`From “${time.title}”`);
    await expect.poll(() => page.locator('.packet-group .packet-item').count()).toBe(3);
    await expect.poll(() => page.locator('.packet-bibliography li').allTextContents()).toEqual([
      'Campbell, C. (2019, December 2). The fight for our faces. TIME. https://time.com/5735411/china-surveillance-privacy-issues/',
    ]);
    await expect.poll(() => page.locator('.packet-bibliography h2').textContent()).toBe('References');
    const space = () => page.locator('.packet-space').first().evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(() => space()).toBeGreaterThan(50); // a few lines, by default
    await page.getByRole('radio', { name: 'None' }).check();
    await expect.poll(() => space()).toBe(0);
    await page.getByRole('radio', { name: 'Half a page' }).check();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => space()).toBeGreaterThan(400);
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
    ['editor with a list', '/reading-list'],
    ['assignment (shared link)', `/reading-list?${encode(list)}`],
    ['list with problems', '/reading-list?items=a.foo~a.nyt-dystopian-dreams&t=%3Cscript%3E'],
    ['print view', `/reading-list/print?${encode(list)}`],
    ['empty print view', `/reading-list/print?${encode(emptyList())}`],
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, path] of pages) {
      it(`${name} (${colorScheme})`, async () => {
        const { page } = await newPage(browser(), { colorScheme });
        if (name === 'editor with a list') {
          await visit(page, '/reading-list');
          await page.evaluate((query) => localStorage.setItem('sightlines:reading-list', query), encode(list));
        }
        await visit(page, path);
        await page.waitForLoadState('networkidle');
        await page.locator('h1').waitFor();
        if (path.includes('items=') || name === 'editor with a list') await page.locator('.rl-item, .packet-item').first().waitFor();
        await expectNoAxeViolations(page);
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
    // The state is said in words: "Added", and the same button now offers to remove the paragraph.
    await expect.poll(() => paragraph.locator('.rl-added').first().textContent()).toContain('Added');
    await expect.poll(() => paragraph.getByRole('button', { name: `Remove paragraph ${n} from your reading list` }).isVisible()).toBe(true);
  }

  it('builds a list of two articles and three passages, shares it, reorders it and prints it', async () => {
    const { page, record } = await newPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    // Two whole articles, from their headers, reached from the home page.
    for (const slug of ['nyt-dystopian-dreams', 'time-surveillance-state']) {
      await visit(page, '/');
      await page.locator(`.cards a[href="/articles/${slug}"]`).click();
      await arrive(page, `**/articles/${slug}`);
      const add = page.locator('.article-header').getByRole('button', { name: /^Add to reading list/ });
      await add.click();
      await expect.poll(() => page.locator('.article-header').getByRole('button', { name: 'Remove this article from your reading list' }).count()).toBe(1);
      await expect.poll(() => page.locator('.article-header [role="status"]').first().textContent()).toMatch(/^Added /);
    }
    // Three passages from their paragraph menus.
    await visit(page, '/articles/today-chongqing-privacy');
    await addPassage(page, 3);
    await addPassage(page, 5);
    await visit(page, '/articles/nyt-dystopian-dreams');
    await addPassage(page, 8);
    // Once added, the button says "Remove": pressed, it removes the paragraph and says so; pressed again, it adds it back.
    const p8 = page.locator('#p-8 .rl-add-button');
    await expect.poll(() => p8.textContent()).toMatch(/^Remove/);
    await p8.click();
    await expect.poll(() => p8.textContent()).toMatch(/Add to reading list/);
    await expect.poll(() => page.locator('#p-8 [role="status"]').first().textContent()).toMatch(/^Removed .+ from your reading list \(4 items\)/);
    await p8.click();
    await expect.poll(() => p8.textContent()).toMatch(/^Remove/);
    // The article added earlier shows as added, and the count link shows the list's size.
    await expect.poll(() => page.locator('.article-header .rl-added').textContent()).toContain('Added');
    await expect.poll(() => page.locator('.article-header a[href="/reading-list"]').first().textContent()).toContain('5 items');

    await visit(page, '/reading-list');
    await page.locator('.rl-item').first().waitFor();
    await expect.poll(async () => strip(await itemHeadings(page))).toEqual([
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

    // A student opens it in a fresh browser and sees the same list, as an assignment; then edits a copy.
    const student = await newPage(browser());
    await openList(student.page, link);
    await expect.poll(async () => strip(await itemHeadings(student.page))).toEqual(strip(await itemHeadings(page)));
    await expect.poll(() => student.page.locator('.rl-item').nth(2).locator('.rl-question').textContent()).toContain('What do the taxi drivers fear?');
    await student.page.getByRole('button', { name: 'Edit a copy' }).click();
    await student.page.getByLabel('Title').waitFor();
    await expect.poll(() => student.page.locator('.rl-item').nth(2).getByLabel(/Note or question/).inputValue()).toBe('What do the taxi drivers fear?');

    // Reorder with the keyboard: the last passage to the top.
    const up = student.page.locator('.rl-item').nth(4).getByRole('button', { name: /^Move up/ });
    await up.focus();
    for (let i = 0; i < 4; i++) await student.page.keyboard.press('Enter');
    await expect.poll(async () => strip(await itemHeadings(student.page))[0]).toBe(`Paragraph 8 of “${nyt.title}”`);

    await student.page.getByRole('link', { name: 'Open print view' }).click();
    await arrive(student.page, '**/reading-list/print?**');
    await student.page.locator('.packet-item').first().waitFor();
    await student.page.emulateMedia({ media: 'print' });
    await expect.poll(() => student.page.locator('.site-header').isVisible()).toBe(false);
    // The paragraph first, then the two whole articles, each on a new page, then two paragraphs of one article under it.
    const breaks = await student.page.locator('.packet > *:not(.rl-no-print)').evaluateAll((els) => els.map((el) => `${el.className.split(' ')[0]}:${getComputedStyle(el).breakBefore}`));
    expect(breaks).toEqual(['packet-header:auto', 'packet-group:auto', 'packet-item:page', 'packet-item:page', 'packet-group:auto', 'packet-bibliography:auto']);
    expectClean(record);
    expectClean(student.record);
  });
});
