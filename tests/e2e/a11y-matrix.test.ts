import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axe, formatViolations, launchBrowser, newPage, url } from './browser';
import { exportedPages, missingPath, representativePages } from './site-pages';

/**
 * Accessibility on every page type (one page per route pattern found in out/, plus the 404 page): axe in light
 * and dark at phone and desktop widths, the skip link, visible focus, reflow at 200% zoom and at 320 px, and
 * reduced motion.
 */

const pageTypes = [...representativePages(exportedPages()).map((p) => ({ name: p.pattern, path: p.path })), { name: '404', path: missingPath }];

let browser: Browser;
const pagesByOptions = new Map<string, Page>();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One page per set of context options, reused across page types (contexts are cheap, but not free). */
async function pageWith(options: BrowserContextOptions): Promise<Page> {
  const key = JSON.stringify(options);
  let page = pagesByOptions.get(key);
  if (!page) {
    page = (await newPage(browser, options)).page;
    pagesByOptions.set(key, page);
  }
  return page;
}

async function visit(page: Page, path: string) {
  await page.goto(url(path));
  await page.waitForLoadState('networkidle');
}

describe('axe: zero violations on every page type, light and dark, 375 and 1280 px', () => {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const type of pageTypes) {
        it(`${type.name} (${type.path}) ${colorScheme} ${width}px`, async () => {
          const page = await pageWith({ colorScheme, viewport: { width, height: 900 } });
          await visit(page, type.path);
          const violations = await axe(page);
          expect(violations, formatViolations(violations)).toEqual([]);
        });
      }
    }
  }
});

describe('keyboard', () => {
  for (const type of pageTypes) {
    it(`${type.name}: the skip link is the first Tab stop, shows itself, and moves focus to main`, async () => {
      const page = await pageWith({ viewport: { width: 1280, height: 900 } });
      await visit(page, type.path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { tag: el.tagName, href: el.getAttribute('href'), text: el.textContent?.trim(), width: box.width, height: box.height, top: box.top };
      });
      expect(first.tag).toBe('A');
      expect(first.href).toBe('#main');
      expect(first.text).toMatch(/skip/i);
      expect(first.width, 'the focused skip link is visible').toBeGreaterThan(20);
      expect(first.height).toBeGreaterThan(10);
      expect(first.top).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    });

    it(`${type.name}: every focused link, button and control shows a visible focus indicator`, async () => {
      const page = await pageWith({ viewport: { width: 1280, height: 900 } });
      await visit(page, type.path);
      const invisible: string[] = [];
      const seen = new Set<string>();
      for (let stop = 0; stop < 40; stop++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none';
          return { label, key: `${label}@${el.getBoundingClientRect().top}`, interactive: el.matches('a[href], button, input, select, textarea, summary, [tabindex]'), visible: outline || shadow };
        });
        if (!focus || seen.has(focus.key)) break; // left the page or wrapped around
        seen.add(focus.key);
        if (focus.interactive && !focus.visible) invisible.push(focus.label);
      }
      expect(seen.size).toBeGreaterThan(2);
      expect(invisible, `focused without a visible indicator: ${invisible.join(', ')}`).toEqual([]);
    });
  }
});

describe('reflow: no horizontal scrolling', () => {
  // 200% zoom of a 1280 px window is a 640 CSS px layout drawn at twice the density; 320 px is WCAG 1.4.10.
  const layouts: [string, BrowserContextOptions][] = [
    ['200% zoom (640 px at 2x)', { viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 }],
    ['320 px', { viewport: { width: 320, height: 640 } }],
  ];
  for (const [layout, options] of layouts) {
    for (const type of pageTypes) {
      it(`${type.name} at ${layout}`, async () => {
        const page = await pageWith(options);
        await visit(page, type.path);
        const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
          const root = document.documentElement;
          // Name the element that sticks out furthest, for the failure message.
          let widest = '';
          let right = root.clientWidth;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect().right;
            if (r > right) {
              right = r;
              widest = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} (right edge ${Math.round(r)} px)`;
            }
          }
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
        });
        expect(scrollWidth, `page is ${scrollWidth} px wide in a ${clientWidth} px window; widest: ${widest}`).toBeLessThanOrEqual(clientWidth);
      });
    }
  }
});

describe('motion', () => {
  for (const type of pageTypes) {
    it(`${type.name}: smooth scrolling only without a reduced-motion preference`, async () => {
      const reduced = await pageWith({ reducedMotion: 'reduce' });
      await visit(reduced, type.path);
      expect(await reduced.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth');
      const moving = await pageWith({ reducedMotion: 'no-preference' });
      await visit(moving, type.path);
      expect(await moving.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    });
  }
});
