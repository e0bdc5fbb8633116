import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityKey } from '@/lib/annotate/types';
import { mentionPreviewOf } from '@/lib/entities';
import { getLibrary } from '@/lib/library';
import { mentionCardFilesFor } from '@/lib/mention-cards-files';
import { entityRefOfHref } from '@/lib/entity-href';
import { asArticleSlug, type EntityRef } from '@/lib/ids';
import type { EntityKind } from '@/lib/annotate/types';
import { newPage, sharedBrowser, visit } from './browser';
import { outDir } from './site-pages';

/**
 * The mention preview cards are served once for the library (lib/mention-cards.ts): an article page carries only
 * the names of the files that hold its entries' cards, and fetches them the first time a reader points at or
 * focuses a name.
 */
const browser = sharedBrowser();
const NYT = asArticleSlug('nyt-dystopian-dreams');
/** The name on the card of the entry a mention's address names, as the build made the card. */
const cardNameOf = (href: string | null) => mentionPreviewOf(getLibrary(), entityRefOfHref(href) as EntityRef<EntityKind>).name;
const cardRequests = (requests: string[]) => requests.map((r) => new URL(r).pathname).filter((p) => p.startsWith('/mention-cards/'));

describe('mention preview cards', () => {
  it('the article page does not carry its cards, only where they are', () => {
    const html = fs.readFileSync(path.join(outDir, 'articles', `${NYT}.html`), 'utf8');
    const lib = getLibrary();
    const keys = [...new Set((lib.mentionsByArticle.get(NYT) ?? []).map((m) => entityKey(m.kind, m.slug)))];
    expect(keys.length).toBeGreaterThan(10);
    // A card's first line is the first sentence of the entry's description: in its file, not in the page.
    const lines = keys.map((key) => mentionPreviewOf(lib, key).line).filter((line) => line.length > 60);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(html).not.toContain(line.slice(0, 50));
      expect(html.replaceAll('\\"', '"')).not.toContain(line.slice(0, 50));
    }
    for (const name of Object.values(mentionCardFilesFor(lib, NYT).names)) expect(html).toContain(name);
  });

  it('the first name pointed at fetches the page’s files of cards, once; its card and every other come from them', async () => {
    const { page, record } = await newPage(browser());
    await visit(page, `/articles/${NYT}`);
    await page.waitForLoadState('networkidle');
    expect(cardRequests(record.requests)).toEqual([]);
    const card = page.locator('#mention-card');
    await page.locator('#p-1 a.mention').first().hover();
    await expect.poll(() => card.locator('.card-name').textContent()).toBe('Zhengzhou');
    const named = Object.values(mentionCardFilesFor(getLibrary(), NYT).names).map((name) => `/mention-cards/${name}`);
    expect(cardRequests(record.requests).sort()).toEqual(named.sort());
    const second = page.locator('#p-4 a.mention').first();
    await second.hover();
    await expect.poll(() => card.locator('.card-name').textContent()).toBe(cardNameOf(await second.getAttribute('href')));
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(cardRequests(record.requests).sort()).toEqual(named.sort());
    expect(record.errors).toEqual([]);
  });

  for (const [what, fulfil, reason] of [
    ['missing', { status: 404, body: 'Not found' }, 'did not load (HTTP 404)'],
    ['not a file of cards', { status: 200, contentType: 'application/json', body: '{"version": 1, "file": 0, "files": 1, "cards": []}' }, 'are not in the expected form'],
  ] as const) {
    it(`a file of cards that is ${what} is said in the card, and the name still links to its page`, async () => {
      const { page, record } = await newPage(browser());
      await page.route('**/mention-cards/**', (route) => route.fulfill(fulfil));
      await visit(page, `/articles/${NYT}`);
      const mention = page.locator('#p-1 a.mention').first();
      await mention.focus();
      const card = page.locator('#mention-card');
      await expect.poll(() => card.isVisible()).toBe(true);
      // The name as the text writes it (the dateline's capitals), and why there is no preview.
      await expect.poll(() => card.textContent()).toBe(`ZHENGZHOUThe preview could not be shown: the preview cards ${reason}. The link still opens the page.`);
      // The next name shown tries again, and once the files load, its card is there.
      await page.unroute('**/mention-cards/**');
      const next = page.locator('#p-4 a.mention').first();
      await next.focus();
      await expect.poll(() => card.locator('.card-name').textContent()).toBe(cardNameOf(await next.getAttribute('href')));
      await expect.poll(() => next.getAttribute('aria-describedby')).toBe('mention-card');
      await mention.focus();
      await mention.press('Enter');
      await page.waitForURL('**/places/zhengzhou');
      expect(record.errors).toEqual([]);
    });
  }
});
