import { describe, expect, it } from 'vitest';
import { arrive, expectNoAxeViolations, itPassesAxe, sharedBrowser, newPage, visit } from './browser';

const browser = sharedBrowser();

/** A new page that starts on the home page and follows the link `selector` there to `arrival`. */
async function fromHome(selector: string, arrival: string) {
  const { page } = await newPage(browser());
  await visit(page, '/');
  await page.locator(selector).click();
  await arrive(page, arrival);
  return page;
}

describe('tagging journeys', () => {
  it('the Chongqing page lists passages from both the TIME and the TODAY article, each linking to its paragraph', async () => {
    const page = await fromHome('.ways-grid a[href="/places/chongqing"]', '**/places/chongqing');
    const groups = page.locator('section.mention-group h3');
    await expect.poll(async () => (await groups.allTextContents()).some((h) => h.startsWith('TIME'))).toBe(true);
    await expect.poll(async () => (await groups.allTextContents()).some((h) => h.startsWith('TODAY'))).toBe(true);
    const link = page.locator('#in-time-surveillance-state a.passage-link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/articles\/time-surveillance-state#p-\d+$/);
    await link.click();
    await arrive(page, `**${href}`);
    const id = href!.split('#')[1]!;
    await expect.poll(() => page.locator(`#${id} a.mention[href="/places/chongqing"]`).count()).toBeGreaterThan(0);
  });

  it('a claim page shows the evidence of at least two articles side by side, with the relation said plainly', async () => {
    const { page: claimPage } = await newPage(browser());
    // Find a claim reported by two articles from the article page's margin notes.
    await visit(claimPage, '/articles/today-chongqing-privacy');
    const hrefs = await claimPage.locator('.claim-notes a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    let found = false;
    for (const href of hrefs) {
      await visit(claimPage, href);
      const outlets = await claimPage.locator('.evidence h3').allTextContents();
      if (outlets.length >= 2) {
        await expect.poll(() => claimPage.locator('.evidence .relation').allTextContents()).toEqual(
          expect.arrayContaining([expect.stringMatching(/(agrees with|differs from|qualifies) /)]),
        );
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
  });

  it('a mention’s preview card opens with the keyboard, is described to assistive technology, and closes with Escape', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/articles/nyt-dystopian-dreams');
    const card = page.locator('#mention-card');
    await expect.poll(() => card.isHidden()).toBe(true);
    // Tab from the first paragraph's permalink, past its margin notes, to the first mention in its text.
    await page.locator('#p-1 a.permalink').focus();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('mention'))) break;
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('mention');
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.locator('.card-name').textContent()).toBe('Zhengzhou');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('mention-card');
    const cardBox = (await card.boundingBox())!;
    const mentionBox = (await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }))!;
    const overlaps = !(cardBox.x > mentionBox.x + mentionBox.width || cardBox.x + cardBox.width < mentionBox.x || cardBox.y > mentionBox.y + mentionBox.height || cardBox.y + cardBox.height < mentionBox.y);
    expect(overlaps).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isHidden()).toBe(true);
  });

  it('the theme page traces its thread across articles in publication order', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/themes/facial-recognition');
    const outlets = async () => (await page.locator('.mention-group h3').allTextContents()).map((t) => t.split(':')[0]);
    await expect.poll(async () => (await outlets()).length).toBeGreaterThanOrEqual(2);
    expect((await outlets())[0]).toBe('The New York Times');
  });
});

describe('accessibility of the tagging pages: zero axe violations, light and dark', () => {
  itPassesAxe(browser, ['/places/chongqing', '/people/wu-fuchun', '/organizations/hikvision', '/themes/facial-recognition']);
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`a claim page (${colorScheme})`, async () => {
      const { page } = await newPage(browser(), { colorScheme });
      await visit(page, '/articles/time-surveillance-state');
      const href = await page.locator('.claim-notes a').first().getAttribute('href');
      await visit(page, href!);
      await expectNoAxeViolations(page);
    });
  }
});

describe('following a theme across articles with the theme rail', () => {
  it('a reader follows “Facial recognition” from one article to the next, passage by passage', async () => {
    const page = await fromHome('.cards a[href="/articles/nyt-dystopian-dreams"]', '**/articles/nyt-dystopian-dreams');
    const rail = page.locator('nav.theme-rail');
    const entry = rail.locator('li', { has: page.locator('a.theme-name', { hasText: 'Facial recognition' }) });
    await expect.poll(() => entry.textContent()).toMatch(/also in (TODAY|TIME|CDT) ¶\d+/);
    // Walk the thread with the "next" links until it leaves the NYT article.
    const visited: string[] = [];
    for (let step = 0; step < 15; step++) {
      const here = new URL(page.url());
      visited.push(`${here.pathname}${here.hash}`);
      if (!here.pathname.endsWith('nyt-dystopian-dreams')) break;
      // From the top of the article, the first stop of the thread the margin shows (a short paragraph's sidenote
      // may hold a stop back behind "+N more"); once arrived on a passage, its stop.
      const scope = here.hash
        ? page.locator(`${here.hash} .theme-stop`, { hasText: 'Facial recognition' })
        : page.locator('.theme-stop:visible', { hasText: 'Facial recognition' }).first();
      const next = scope.locator('a[rel="next"]');
      await next.click();
      await arrive(page, (u) => `${u.pathname}${u.hash}` !== visited.at(-1));
    }
    const last = new URL(page.url());
    expect(last.pathname).not.toBe('/articles/nyt-dystopian-dreams');
    expect(last.hash).toMatch(/^#p-\d+$/);
    const arrived = page.locator(`${last.hash} .theme-stop`, { hasText: 'Facial recognition' });
    await expect.poll(() => arrived.locator('a[rel="prev"]').getAttribute('href')).toMatch(/^\/articles\/nyt-dystopian-dreams#p-\d+$/);
  });
});

describe('a place’s passages can be filtered by article', () => {
  it('shows only the TIME passages about Chongqing, then all again', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/places/chongqing');
    const all = await page.locator('.mention-group:visible .excerpts li').count();
    expect(all).toBeGreaterThan(0);
    // One row: the article chips, which filter once the page is interactive (no second row of jump links).
    await expect.poll(() => page.getByRole('navigation', { name: 'Jump to an article' }).count()).toBe(0);
    await page.getByRole('button', { name: /^TIME/ }).click();
    await expect.poll(() => page.getByRole('button', { name: /^TIME/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('#in-today-chongqing-privacy').isHidden()).toBe(true);
    const time = await page.locator('.mention-group:visible .excerpts li').count();
    expect(time).toBeGreaterThan(0);
    expect(time).toBeLessThan(all);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'passages shown' }).textContent()).toBe(`${time} passages shown`);
    await page.getByRole('button', { name: /^All articles/ }).click();
    await expect.poll(() => page.locator('.mention-group:visible .excerpts li').count()).toBe(all);
  });

  it('lists other spellings only when they differ from the name in more than case', async () => {
    const { page } = await newPage(browser());
    await visit(page, '/places/chongqing');
    await expect.poll(() => page.locator('.entity-counts').textContent()).toMatch(/mentions? in \d+ articles?/);
    await expect.poll(() => page.locator('.entity-counts').textContent()).not.toContain('CHONGQING');
  });
});
