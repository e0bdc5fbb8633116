import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { newPage, sharedBrowser, visit, expectNoAxeViolations } from './browser';
import { exportedPages, missingPath, representativePages } from './site-pages';

/**
 * Accessibility on every page type (one page per route pattern found in out/, plus the 404 page): axe in light
 * and dark at phone and desktop widths, the skip link, visible focus, reflow at 200% zoom and at 320 px, and
 * reduced motion.
 */

const pageTypes = [...representativePages(exportedPages()).map((p) => ({ name: p.pattern, path: p.path })), { name: '404', path: missingPath }];

const browser = sharedBrowser();
const pagesByOptions = new Map<string, Page>();

/** One page per set of context options, reused across page types (contexts are cheap, but not free). */
async function pageWith(options: BrowserContextOptions): Promise<Page> {
  const key = JSON.stringify(options);
  let page = pagesByOptions.get(key);
  if (!page) {
    page = (await newPage(browser(), options)).page;
    pagesByOptions.set(key, page);
  }
  return page;
}

async function settle(page: Page, path: string) {
  await visit(page, path);
  await page.waitForLoadState('networkidle');
}

describe('axe: zero violations on every page type, light and dark, 375 and 1280 px', () => {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const type of pageTypes) {
        it(`${type.name} (${type.path}) ${colorScheme} ${width}px`, async () => {
          const page = await pageWith({ colorScheme, viewport: { width, height: 900 } });
          await settle(page, type.path);
          await expectNoAxeViolations(page);
        });
      }
    }
  }
});

describe('keyboard', () => {
  for (const type of pageTypes) {
    it(`${type.name}: the skip link is the first Tab stop, shows itself, and moves focus to main`, async () => {
      const page = await pageWith({ viewport: { width: 1280, height: 900 } });
      await settle(page, type.path);
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
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    });

    it(`${type.name}: every focused link, button and control shows a visible focus indicator`, async () => {
      const page = await pageWith({ viewport: { width: 1280, height: 900 } });
      await settle(page, type.path);
      // At each Tab stop the focused element and its descendants are snapshotted; once focus has moved on, the
      // snapshot is compared with how they look unfocused. An element shows its focus if it has an outline or a
      // box-shadow while focused, or if focus changed how it or a descendant is drawn (e.g. the ring of an SVG
      // map marker).
      const judge = () =>
        page.evaluate(() => {
          type Snap = { el: Element; label: string; own: boolean; styles: string[]; interactive: boolean };
          const w = window as unknown as { __focusPrev?: Snap };
          const look = (el: Element) =>
            [el, ...el.querySelectorAll('*')].slice(0, 60).map((n) => {
              const s = getComputedStyle(n);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.stroke, s.strokeWidth, s.fill, s.backgroundColor, s.color, s.textDecorationLine, s.borderTopColor, s.borderBottomColor].join('|');
            });
          let judged: { label: string; visible: boolean } | null = null;
          const prev = w.__focusPrev;
          const active = document.activeElement;
          if (prev && prev.el !== active && prev.interactive) {
            judged = { label: prev.label, visible: prev.own || look(prev.el).join('\n') !== prev.styles.join('\n') };
          }
          if (!active || active === document.body || active === prev?.el) {
            w.__focusPrev = undefined;
            return { judged, key: null };
          }
          const style = getComputedStyle(active);
          const own = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          const text = (active.textContent || active.getAttribute('aria-label') || '').trim().slice(0, 40);
          const label = `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''} "${text}"`;
          const interactive = active.matches('a[href], button, input, select, textarea, summary, [tabindex]');
          w.__focusPrev = { el: active, label, own, styles: look(active), interactive };
          return { judged, key: `${label}@${Math.round(active.getBoundingClientRect().top + scrollY)}` };
        });
      const invisible: string[] = [];
      const seen = new Set<string>();
      let judgedCount = 0;
      for (let stop = 0; stop < 40; stop++) {
        await page.keyboard.press('Tab');
        const { judged, key } = await judge();
        if (judged) {
          judgedCount++;
          if (!judged.visible) invisible.push(judged.label);
        }
        if (!key || seen.has(key)) break; // left the page or wrapped around
        seen.add(key);
      }
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const last = (await judge()).judged;
      if (last) {
        judgedCount++;
        if (!last.visible) invisible.push(last.label);
      }
      expect(judgedCount).toBeGreaterThan(2);
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
        await settle(page, type.path);
        const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
          const root = document.documentElement;
          // Name the element that sticks out furthest, for the failure message.
          let widest = '';
          let right = root.clientWidth;
          const clipped = (el: Element) => {
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
            return false;
          };
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect().right;
            if (r > right && !clipped(el)) {
              right = r;
              const classes = el.getAttribute('class')?.trim().split(/\s+/).join('.');
              widest = `${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" (right edge ${Math.round(r)} px)`;
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
    it(`${type.name}: with reduced motion, no smooth scrolling and no running animation`, async () => {
      const page = await pageWith({ reducedMotion: 'reduce' });
      await settle(page, type.path);
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth');
      const animations = await page.evaluate(() =>
        document
          .getAnimations()
          .filter((a) => a.playState === 'running' && Number(a.effect?.getComputedTiming().duration ?? 0) > 10)
          .map((a) => {
            const target = (a.effect as KeyframeEffect | null)?.target;
            return `${target?.tagName.toLowerCase() ?? '?'}.${target?.getAttribute('class') ?? ''} ${(a as CSSAnimation).animationName ?? ''}`;
          }),
      );
      expect(animations, 'running animations').toEqual([]);
    });
  }
});
