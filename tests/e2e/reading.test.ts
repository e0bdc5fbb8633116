import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { arrive, articleSlugs, layoutShift, newPage, recordLayoutShifts, sharedBrowser, url, visit, expectNoAxeViolations } from './browser';
import { exportedPages, representativePages } from './site-pages';
import { getLibrary } from '@/lib/library';
import { articleHref, compareHref } from '@/lib/links';

/**
 * Reading first (issue 11): the text starts on the first screen, the notes sit in the margin or behind one
 * marker, one gutter for every passage, a compact header, state said in words, previews at the name, the
 * thread position, the search box, the map on a phone, and no layout shift. At 375×800 and 1280×900.
 */

const pages = exportedPages();
const articles = articleSlugs().map(articleHref);
const pageTypes = representativePages(pages).map((p) => ({ name: p.pattern, path: p.path }));
const phone = { width: 375, height: 800 };
const desktop = { width: 1280, height: 900 };

const browser = sharedBrowser();

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const { page } = await newPage(browser(), options);
  await visit(page, path);
  await page.waitForLoadState('networkidle');
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
const box = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el): Box => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

describe('articles: the text starts on the first screen', () => {
  for (const viewport of [phone, desktop]) {
    for (const path of articles) {
      it(`${path} at ${viewport.width}×${viewport.height}: the top of ¶1 is inside the first viewport`, async () => {
        const page = await open(path, { viewport });
        const p1 = await box(page, '#p-1');
        expect(p1.y, 'top of ¶1').toBeGreaterThan(0);
        expect(p1.y, 'top of ¶1').toBeLessThan(viewport.height);
        // Headline and byline come first, each in one place.
        await expect.poll(() => page.locator('.article-header .article-meta').count()).toBe(1);
        await page.context().close();
      });
    }
  }
});

describe('the header', () => {
  it('is one row at most 64 px tall on a phone, with a menu button and a search button that open', async () => {
    const page = await open('/articles/nyt-dystopian-dreams', { viewport: phone });
    const header = await box(page, '.site-header');
    expect(header.height).toBeLessThanOrEqual(64);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Places' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('navigation', { name: 'Site' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.context().close();
  });

  it('is one row on a desktop, with the sections, the search box and the theme control', async () => {
    const page = await open('/', { viewport: desktop });
    const header = await box(page, '.site-header');
    expect(header.height).toBeLessThanOrEqual(64);
    await expect.poll(() => page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Reading list' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    await page.context().close();
  });

  it('the home page does not repeat the site name as its heading', async () => {
    const page = await open('/', { viewport: phone });
    await expect.poll(async () => (await page.locator('h1').textContent())?.trim()).not.toBe('Sightlines');
    await page.context().close();
  });
});

describe('notes and the gutter', () => {
  it('at 1280 px a claim note lies right of its paragraph, beside it', async () => {
    const page = await open('/articles/nyt-dystopian-dreams', { viewport: desktop });
    const passages = await page.locator('.passage:has(> .passage-notes .claim-notes)').evaluateAll((els) =>
      els.slice(0, 6).map((p) => {
        const text = p.querySelector(':scope > .passage-text')!.getBoundingClientRect();
        const note = p.querySelector(':scope > .passage-notes')!.getBoundingClientRect();
        const box = p.getBoundingClientRect();
        return { id: p.id, textRight: text.right, noteLeft: note.left, noteWidth: note.width, noteTop: note.top, passageTop: box.top, passageBottom: box.bottom };
      }),
    );
    expect(passages.length).toBeGreaterThan(0);
    for (const p of passages) {
      expect(p.noteWidth, p.id).toBeGreaterThan(100);
      expect(p.noteLeft, p.id).toBeGreaterThanOrEqual(p.textRight);
    }
    // Every note starts beside its passage (see 'sidenotes at 1280×900' below for all four articles and every note).
    for (const p of passages) {
      expect(p.noteTop, p.id).toBeGreaterThanOrEqual(p.passageTop);
      expect(p.noteTop, p.id).toBeLessThan(p.passageBottom);
    }
    // No marker is needed where the notes have a margin.
    await expect.poll(() => page.locator('.notes-marker:visible').count()).toBe(0);
    await page.context().close();
  });

  it('on a phone a paragraph with notes shows one marker after its text, which opens its notes', async () => {
    const page = await open('/articles/nyt-dystopian-dreams', { viewport: phone });
    const passage = page.locator('.passage:has(> .passage-notes .claim-notes)').first();
    await expect.poll(() => passage.locator('> .passage-notes').isVisible()).toBe(false);
    const marker = passage.locator('> .notes-marker');
    await expect.poll(() => marker.count()).toBe(1);
    const textBox = (await passage.locator('> .passage-text').boundingBox())!;
    const markerBox = (await marker.boundingBox())!;
    expect(markerBox.y + markerBox.height).toBeGreaterThan(textBox.y + textBox.height - 40);
    expect(markerBox.height).toBeGreaterThanOrEqual(24);
    await marker.click();
    await expect.poll(() => passage.locator('> .passage-notes .claim-notes a').first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => passage.locator('> .passage-notes').isVisible()).toBe(false);
    await page.context().close();
  });

  for (const viewport of [phone, desktop]) {
    it(`at ${viewport.width} px the ¶ permalink and the menu sit at the same offset from every passage`, async () => {
      const page = await open('/articles/cdt-surveillance-net', { viewport });
      const offsets = await page.locator('.article-body .passage').evaluateAll((els) => {
        const bodyEl = document.querySelector('.article-body')!;
        // The text column's left edge: the body's box less the gutter it keeps on narrow screens.
        const body = { left: bodyEl.getBoundingClientRect().left + parseFloat(getComputedStyle(bodyEl).paddingLeft) };
        return els.map((p) => {
          const r = p.getBoundingClientRect();
          const link = p.querySelector(':scope > .permalink')!.getBoundingClientRect();
          const menu = p.querySelector(':scope > .passage-menu .passage-menu-button')!.getBoundingClientRect();
          return {
            id: p.id,
            // What kind of passage: a paragraph, or one inside a quote, a post or a photo caption.
            kind: p.parentElement?.closest('.source-quote, .embedded-post, .photo-caption')?.className ?? 'paragraph',
            link: [Math.round(link.left - body.left), Math.round(link.top - r.top)],
            menu: [Math.round(menu.left - body.left), Math.round(menu.top - r.top), Math.round(menu.width), Math.round(menu.height)],
          };
        });
      });
      // The CDT article has paragraphs, block quotes and embedded posts: all line up in one gutter.
      expect(new Set(offsets.map((o) => o.kind)).size).toBeGreaterThan(1);
      const first = offsets[0]!;
      for (const o of offsets) {
        expect(o.link, `${o.id} (${o.kind}) permalink`).toEqual(first.link);
        expect(o.menu, `${o.id} (${o.kind}) menu button`).toEqual(first.menu);
      }
      expect(first.menu[2]).toBeGreaterThanOrEqual(24);
      expect(first.menu[3]).toBeGreaterThanOrEqual(24);
      // The gutter is beside the text, not above it.
      expect(first.link[0]).toBeLessThan(0);
      await page.context().close();
    });
  }
});

describe('state in words', () => {
  for (const viewport of [phone, desktop]) {
    it(`at ${viewport.width} px the add button says “Added” once pressed, and offers to remove`, async () => {
      const page = await open('/articles/time-surveillance-state', { viewport });
      const button = page.locator('.article-header .rl-add-button');
      await button.waitFor();
      const before = await button.evaluate((el) => el.textContent);
      expect(before).toMatch(/^\+ Add to reading list/);
      await button.click();
      await expect.poll(() => button.textContent()).toMatch(/^Remove/);
      await expect.poll(() => page.locator('.article-header .rl-added').textContent()).toContain('Added');
      await expect.poll(() => page.locator('.article-header').getByRole('button', { name: 'Remove this article from your reading list' }).count()).toBe(1);
      // Focus stays on the button while its label changes.
      await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
      await button.click();
      await expect.poll(() => button.textContent()).toMatch(/Add to reading list/);
      await expect.poll(() => page.locator('.article-header .rl-added').count()).toBe(0);
      await page.context().close();
    });
  }
});

describe('following a thread keeps your place', () => {
  it('arriving on a passage from the thread shows the theme, the position and the article, on a phone too', async () => {
    const page = await open('/articles/nyt-dystopian-dreams', { viewport: desktop });
    const next = page.locator('.theme-stop', { hasText: 'Facial recognition' }).first().locator('a[rel="next"]');
    const href = (await next.getAttribute('href'))!;
    await page.context().close();
    const phonePage = await open(href, { viewport: phone });
    const stop = phonePage.locator(`${new URL(url(href)).hash} .theme-stop`, { hasText: 'Facial recognition' });
    await expect.poll(() => stop.isVisible()).toBe(true);
    await expect.poll(() => stop.locator('.theme-position').textContent()).toMatch(/^Facial recognition · \d+ of \d+ · now in [A-Z]+, \d{4}$/);
    await expect.poll(() => stop.locator('a[rel="prev"]').isVisible()).toBe(true);
    await phonePage.context().close();
  });

  it('the last passage of a thread says that it ends there and links back to the theme', async () => {
    const page = await open('/themes/facial-recognition', { viewport: desktop });
    const last = (await page.locator('a.passage-link').last().getAttribute('href'))!;
    await visit(page, last);
    const stop = page.locator(`${new URL(url(last)).hash} .theme-stop`, { hasText: 'Facial recognition' });
    await expect.poll(() => stop.locator('.thread-end').textContent()).toContain('The thread ends here');
    await expect.poll(() => stop.locator('a[rel="next"]').count()).toBe(0);
    await expect.poll(() => stop.locator('.thread-end a').getAttribute('href')).toBe('/themes/facial-recognition');
    await page.context().close();
  });
});

describe('previews at the name', () => {
  it('on a wide screen the card opens next to the mention, not at the edge of the window', async () => {
    const page = await open('/articles/nyt-dystopian-dreams', { viewport: desktop });
    const mention = page.locator('#p-8 a.mention').first();
    await mention.hover();
    const card = page.locator('#mention-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    const m = (await mention.boundingBox())!;
    const c = (await card.boundingBox())!;
    const gap = Math.min(Math.abs(c.y - (m.y + m.height)), Math.abs(m.y - (c.y + c.height)));
    expect(gap).toBeLessThan(24);
    expect(c.x).toBeLessThan(m.x + m.width);
    expect(c.x + c.width).toBeGreaterThan(m.x);
    await page.context().close();
  });

  it('on touch the first tap opens the preview with a link to the page, instead of navigating', async () => {
    const page = await open('/articles/nyt-dystopian-dreams', { viewport: phone, hasTouch: true, isMobile: true });
    const mention = page.locator('#p-2 a.mention').first();
    await mention.tap();
    const card = page.locator('#mention-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/articles/nyt-dystopian-dreams');
    const link = card.getByRole('link');
    const mentionHref = await mention.getAttribute('href');
    await expect.poll(() => link.getAttribute('href')).toBe(mentionHref);
    const c = (await card.boundingBox())!;
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(phone.width);
    await page.context().close();
  });
});

describe('the search box', () => {
  it('widens on focus so that a three-word query reads whole', async () => {
    const page = await open('/about', { viewport: desktop });
    const input = page.getByRole('combobox', { name: 'Search the site' });
    const before = (await input.boundingBox())!.width;
    await input.focus();
    await input.fill('facial recognition glasses');
    await expect.poll(async () => (await input.boundingBox())!.width).toBeGreaterThan(before + 50);
    // The box widens with a transition: wait for the text to fit rather than read it mid-way.
    await expect.poll(() => input.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.context().close();
  });

  it('Enter on a query that exactly names an entity opens its page', async () => {
    const page = await open('/about', { viewport: desktop });
    const input = page.getByRole('combobox', { name: 'Search the site' });
    await input.focus();
    await input.fill('chongqing');
    await page.locator('.search-option').first().waitFor();
    await input.press('Enter');
    await arrive(page, '**/places/chongqing');
    await page.context().close();
  });

  it('a passage result names its source in one short line: outlet ¶n', async () => {
    const page = await open('/search?q=heroin+smuggler', { viewport: phone });
    const source = page.locator('.search-result-meta').filter({ hasText: '¶' }).first();
    await source.waitFor();
    await expect.poll(() => source.textContent()).toMatch(/^The New York Times ¶\d+/);
    await page.context().close();
  });
});

describe('a map a student can read', () => {
  for (const width of [320, 375]) {
    it(`at ${width} px the China map fits the screen and labels the main cities without overlaps`, async () => {
      const page = await open('/places', { viewport: { width, height: 800 } });
      const frame = (await page.locator('#map-china .map-frame').boundingBox())!;
      const svg = (await page.locator('#map-china svg').boundingBox())!;
      expect(frame.x).toBeGreaterThanOrEqual(0);
      expect(frame.x + frame.width).toBeLessThanOrEqual(width);
      expect(svg.width).toBeLessThanOrEqual(frame.width);
      const labels = await page.locator('#map-china .map-city').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, clipped: el.scrollWidth > el.clientWidth };
        }),
      );
      const names = labels.map((l) => l.name);
      for (const city of ['Beijing', 'Shanghai', 'Chongqing', 'Urumqi', 'Hong Kong', 'Shenzhen']) expect(names, city).toContain(city);
      for (let i = 0; i < labels.length; i++) {
        const a = labels[i]!;
        expect(a.x0, a.name).toBeGreaterThanOrEqual(frame.x - 1);
        expect(a.x1, a.name).toBeLessThanOrEqual(frame.x + frame.width + 1);
        for (let j = i + 1; j < labels.length; j++) {
          const b = labels[j]!;
          expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${a.name} / ${b.name}`).toBe(false);
        }
      }
      await page.context().close();
    });
  }

  it('on touch a tap on a marker opens a small card with its counts per article and a link, before navigating', async () => {
    const page = await open('/places', { viewport: phone, hasTouch: true, isMobile: true });
    const marker = page.locator('#map-china a.map-marker[data-slug="chongqing"]');
    await marker.tap();
    const card = page.locator('.map-card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/places');
    await expect.poll(() => card.textContent()).toMatch(/Chongqing.*TIME: \d+/);
    // Closed, the card comes back for the next tap, on another marker too, still without leaving the map.
    await card.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.locator('#map-china a.map-marker[data-slug="zhengzhou"]').tap();
    await expect.poll(() => card.textContent()).toMatch(/Zhengzhou/);
    expect(await card.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/places');
    await card.getByRole('link').click();
    await arrive(page, '**/places/zhengzhou');
    await page.context().close();
  });
});

describe('compare leads with what matters', () => {
  it('opens with the claims the two articles differ or qualify each other on, then shared claims, then people, places, themes', async () => {
    // A pair the content says has a claim on which one differs from or qualifies the other (the default pair,
    // chosen for what the two share, need not have one).
    const disputed = getLibrary()
      .claims.flatMap((c) => c.data.evidence)
      .find((e) => (e.relation === 'differs' || e.relation === 'qualifies') && e.with);
    expect(disputed, 'the content has a differs or qualifies with another article').toBeDefined();
    const page = await open(compareHref(disputed!.article, disputed!.with!), { viewport: desktop });
    await page.locator('.compare-pair').waitFor();
    const sections = await page.locator('.compare-pair .compare-group').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')));
    expect(sections.slice(0, 4)).toEqual(['shared-claims-disputed', 'shared-claims', 'shared-people', 'shared-places']);
    expect(sections).toContain('shared-themes');
    const notes = () => page.locator('[data-section="shared-claims-disputed"] .compare-note').allTextContents();
    await expect.poll(async () => (await notes()).some((n) => /differs from|qualifies/.test(n))).toBe(true);
    await page.context().close();
  });
});

describe('no sideways scrolling, at 320 and 375 px', () => {
  for (const width of [320, 375]) {
    for (const type of [...pageTypes, { name: 'places', path: '/places' }]) {
      it(`${type.name} (${type.path}) at ${width} px`, async () => {
        const page = await open(type.path, { viewport: { width, height: 800 } });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.context().close();
      });
    }
  }
});

describe('no layout shift: CLS ≤ 0.01 on every page type', () => {
  for (const viewport of [phone, desktop]) {
    const withQuery = [
      { name: 'search with a query', path: '/search?q=camera' },
      // A pair named in the address, as a teacher shares it: the prerendered default pair must not flash first.
      { name: 'compare, a pair in the address', path: '/compare?a=time-surveillance-state&b=today-chongqing-privacy' },
    ];
    for (const type of [...pageTypes, ...withQuery]) {
      it(`${type.name} (${type.path}) at ${viewport.width} px`, async () => {
        const { page } = await newPage(browser(), { viewport });
        await recordLayoutShifts(page);
        // Hydrated, nothing more to fetch, the fonts in, and two frames drawn after that: what the page does on
        // load has been laid out, so every shift it causes has been counted.
        await visit(page, type.path);
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);
        const cls = await layoutShift(page);
        console.log(`CLS ${type.path} at ${viewport.width} px: ${cls.toFixed(4)}`);
        expect(cls).toBeLessThanOrEqual(0.01);
        await page.context().close();
      });
    }
  }
});

/**
 * Sidenotes on the busiest paragraphs (several claims and themes on one paragraph, notes on consecutive
 * paragraphs), the way a magazine or a scholarly edition sets them: the text runs on as one column, and each
 * note sits in the margin beside its own paragraph.
 *
 * - The text has no gaps: a passage is as tall as its lines (or its minimum height), whatever its notes hold;
 *   a grid row shared with a taller note is what made gaps before.
 * - A note starts level with its paragraph's top (within N = 12 px: it starts 0.3 rem, about 5 px, lower so
 *   that its first line sits level with the paragraph's first line), or, when the note above still runs on
 *   there, directly under that note (within 16 px of its bottom: the 0.6 rem between notes and rounding).
 * - Either way it starts before its paragraph ends, so it is never beside a later paragraph only; notes never
 *   overlap, and they stay right of the text and inside the window.
 */
describe('sidenotes at 1280×900: the text runs on unbroken, each note beside its paragraph', () => {
  const maxDrop = 12;
  const maxUnder = 16;
  for (const path of articles) {
    it(`${path}: no gaps in the text; every note level with its paragraph or just under the note above, overlapping none`, async () => {
      const page = await open(path, { viewport: desktop });
      const notes = await page.locator('.passage > .passage-notes').evaluateAll((els) =>
        els.map((el) => {
          const p = el.parentElement!;
          const n = el.getBoundingClientRect();
          const box = p.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(p.querySelector(':scope > .passage-text')!);
          const lines = [...range.getClientRects()];
          const minHeight = parseFloat(getComputedStyle(p).minHeight) || 0;
          const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
          return {
            id: p.id,
            top: n.top + window.scrollY,
            bottom: n.bottom + window.scrollY,
            left: n.left,
            right: n.right,
            passageTop: box.top + window.scrollY,
            passageBottom: box.bottom + window.scrollY,
            passageHeight: box.height,
            // From the passage's top to the bottom of its last line box (a line's content area is inside it).
            textHeight: Math.max(...lines.map((r) => r.bottom)) - box.top + (lineHeight - (lines.at(-1)?.height ?? 0)) / 2,
            minHeight,
            textRight: p.querySelector(':scope > .passage-text')!.getBoundingClientRect().right,
          };
        }),
      );
      expect(notes.length).toBeGreaterThan(5);
      let previousBottom = -Infinity;
      for (const n of [...notes].sort((a, b) => a.top - b.top)) {
        expect(n.bottom - n.top, `${n.id}: the note is shown`).toBeGreaterThan(10);
        expect(n.passageHeight, `${n.id}: the passage is no taller than its text`).toBeLessThanOrEqual(Math.max(n.minHeight, n.textHeight) + 2);
        const level = n.top - n.passageTop >= 0 && n.top - n.passageTop <= maxDrop;
        const underPrevious = n.top >= previousBottom && n.top - previousBottom <= maxUnder;
        expect(level || underPrevious, `${n.id}: starts ${Math.round(n.top - n.passageTop)} px under its paragraph's top, ${Math.round(n.top - previousBottom)} px under the note above`).toBe(true);
        expect(n.top, `${n.id}: starts before its paragraph ends`).toBeLessThan(n.passageBottom);
        expect(n.top, `${n.id}: starts after the note above ends`).toBeGreaterThanOrEqual(previousBottom);
        expect(n.left, `${n.id}: left edge of the note`).toBeGreaterThanOrEqual(n.textRight);
        expect(n.right, `${n.id}: right edge of the note`).toBeLessThanOrEqual(desktop.width);
        previousBottom = n.bottom;
      }
      await page.context().close();
    });
  }

  it('a paragraph with more notes than the margin shows offers "+N more", which opens all of them', async () => {
    const page = await open('/articles/nyt-dystopian-dreams', { viewport: desktop });
    const more = page.locator('.passage-notes .notes-more:visible').first();
    expect(await more.count()).toBe(1);
    // The button hides once its notes are open: hold on to the notes by their id, not through the button.
    const notesId = await more.evaluate((el) => el.closest('.passage-notes')!.id);
    const notes = page.locator(`[id="${notesId}"]`);
    const hidden = Number(/\+(\d+) more/.exec((await more.textContent()) ?? '')?.[1]);
    expect(hidden).toBeGreaterThan(0);
    expect(await notes.locator('.note-extra:visible').count()).toBe(0);
    const items = '.claim-notes a:visible, .theme-stop:visible';
    const shown = await notes.locator(items).count();
    expect(shown).toBeGreaterThan(0);
    await more.click();
    await expect.poll(() => notes.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await expect.poll(() => notes.locator(items).count()).toBe(shown + hidden);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => notes.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await page.context().close();
  });
});
