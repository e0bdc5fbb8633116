import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getLibrary } from '@/lib/library';
import { encode } from '@/lib/reading-list/codec';
import { readingListData, type ReadingListData } from '@/lib/reading-list/data';
import { packReadingListData } from '@/lib/reading-list/pack-files';
import { emptyList, type ReadingList } from '@/lib/reading-list/types';
import { asArticleSlug, asEntrySlug } from '@/lib/ids';
import { newPage, sharedBrowser, visit } from './browser';

/**
 * The reading lists against their data in packs. The four articles fit one pack, so the site serves its core with
 * the texts in it (lib/reading-list/pack-files.ts); here the browser is given the same library cut into packs of
 * one article each, built in this process and served in place of /reading-list-data.json and
 * /reading-list-data/*, so that what a list fetches can be told article by article. The pages and their scripts
 * are the exported ones.
 */

const browser = sharedBrowser();
let data: ReadingListData;
let packed: ReturnType<typeof packReadingListData>;
beforeAll(() => {
  data = readingListData(getLibrary());
  packed = packReadingListData(data, 1);
});

const PACKS = '/reading-list-data/';
/** The pack (file name) that holds an article. */
const packOf = (slug: string) => packed.core.packs[packed.core.articles.find((a) => a.slug === slug)!.pack]!;

/** A page served the packed data; `fetched` lists the packs it asked for, `fail` names packs to answer 404 for. */
async function packedPage(fail: string[] = []) {
  const { page, record } = await newPage(browser());
  const fetched: string[] = [];
  await page.route('**/reading-list-data.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(packed.core) }));
  await page.route(`**${PACKS}*`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(PACKS.length));
    fetched.push(name);
    const body = packed.files.get(name);
    return body === undefined || fail.includes(name) ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  return { page, record, fetched };
}

const itemHeadings = (page: Page) => page.locator('.rl-item :is(h2, h3)').allTextContents();
const listOf = (items: ReadingList['items']): ReadingList => ({ ...emptyList(), title: 'Packs', items });

describe('reading lists with the texts in packs', () => {
  it('the core names every article once, in one pack of its own here, and the packs hold them whole', () => {
    expect(packed.core.texts).toBeUndefined();
    expect(packed.files.size).toBe(data.articles.length);
    const fromPacks = [...packed.files.values()].flatMap((json) => JSON.parse(json).articles);
    expect(fromPacks).toEqual(data.articles);
    for (const name of packed.files.keys()) expect(name).toMatch(/^t\d+-[0-9a-f]{12}\.json$/);
  });

  it('a shared list of one paragraph fetches the core and that article’s pack, nothing more, and shows it', async () => {
    const { page, record, fetched } = await packedPage();
    const time = data.articles.find((a) => a.slug === 'time-surveillance-state')!;
    await visit(page, `/reading-list?${encode(listOf([{ ref: { type: 'passage', article: time.slug, n: 4 }, note: '' }]))}`);
    await page.locator('.rl-item').first().waitFor();
    await expect.poll(() => page.locator('.rl-item').first().textContent()).toContain(time.passages.find((p) => p.n === 4)!.text.slice(0, 60));
    expect(fetched).toEqual([packOf(time.slug)]);
    expect(record.errors).toEqual([]);
  });

  it('a claim fetches the packs of exactly the articles its evidence quotes', async () => {
    const { page, record, fetched } = await packedPage();
    const list = listOf([{ ref: { type: 'claim', slug: asEntrySlug('cameras-by-2020') }, note: '' }]);
    const claim = data.claims.find((c) => c.slug === 'cameras-by-2020')!;
    const quoted = [...new Set(claim.evidence.flatMap((e) => [e.article, e.with ?? e.article]))];
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.length).toBeLessThan(data.articles.length);
    await visit(page, `/reading-list?${encode(list)}`);
    await page.locator('.rl-item').first().waitFor();
    // The bibliography names each article the claim quotes, with its citation, which only its pack holds.
    const bibliography = page.locator('.packet-bibliography');
    await expect.poll(() => bibliography.locator('li').count()).toBe(quoted.length);
    const entry = (slug: string) => data.articles.find((a) => a.slug === slug)!.cite.mla.bibliography.map((part) => (typeof part === 'string' ? part : part.i)).join('');
    for (const slug of quoted) expect(await bibliography.textContent()).toContain(entry(slug));
    expect([...fetched].sort()).toEqual(quoted.map(packOf).sort());
    expect(record.errors).toEqual([]);
  });

  it('the editor adds an article from a pack not fetched yet, and keeps what the list held', async () => {
    const { page, record, fetched } = await packedPage();
    await visit(page, '/reading-list');
    await page.evaluate((query) => localStorage.setItem('sightlines:reading-list', query), encode(listOf([{ ref: { type: 'article', article: asArticleSlug('nyt-dystopian-dreams') }, note: 'Keep me' }])));
    await visit(page, '/reading-list');
    await page.locator('.rl-item').first().waitFor();
    // The list's article, and the one the form offers first (fetched as soon as it is chosen), and no other.
    const offered = data.articles[0]!.slug;
    await expect.poll(() => [...new Set(fetched)].sort()).toEqual([...new Set([packOf('nyt-dystopian-dreams'), packOf(offered)])].sort());
    const other = data.articles.find((a) => a.slug !== 'nyt-dystopian-dreams' && a.slug !== offered)!;
    expect(fetched).not.toContain(packOf(other.slug));
    // Its pack is held back until the add has been asked for and a note typed meanwhile: the add waits for the
    // text, and goes into the list as it is when the text comes.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${PACKS}${packOf(other.slug)}`, async (route) => {
      fetched.push(packOf(other.slug));
      await held;
      await route.fulfill({ status: 200, contentType: 'application/json', body: packed.files.get(packOf(other.slug))! });
    });
    await page.getByLabel('Article').selectOption(other.slug);
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.locator('.rl-item').nth(0).getByLabel(/Note or question/).fill('Edited while waiting');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sightlines:reading-list'))).toContain('n.1=Edited+while+waiting');
    expect(await itemHeadings(page)).toHaveLength(1);
    release();
    await expect.poll(() => itemHeadings(page)).toHaveLength(2);
    const headings = await itemHeadings(page);
    expect(headings[1]).toContain(other.title);
    expect(fetched).toContain(packOf(other.slug));
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sightlines:reading-list'))).toContain(`items=a.nyt-dystopian-dreams~a.${other.slug}&n.1=Edited+while+waiting`);
    expect(record.errors).toEqual([]);
  });

  it('a pack that cannot be fetched is said, and the list is not shown as if its item were unknown', async () => {
    const { page, record } = await packedPage([packOf('today-chongqing-privacy')]);
    await visit(page, `/reading-list?${encode(listOf([{ ref: { type: 'article', article: asArticleSlug('today-chongqing-privacy') }, note: '' }]))}`);
    await expect.poll(() => page.locator('main').textContent()).toMatch(/The texts of the readings could not be loaded: a file of the readings’ texts did not load \(HTTP 404\)\. Reload the page/);
    expect(await page.locator('main').textContent()).not.toMatch(/Unknown article/);
    expect(record.errors).toEqual([]);
  });
});
