import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/library';
import { asEntrySlug } from '@/lib/ids';
import { entityHref } from '@/lib/links';
import { newPage, sharedBrowser, visit, expectNoAxeViolations } from './browser';

const browser = sharedBrowser();

const lib = getLibrary();

describe('claim pages: every relation explains itself', () => {
  it('every claim page shows, beside each agrees/differs/qualifies badge, the note that explains it', async () => {
    const { page } = await newPage(browser());
    const missing: string[] = [];
    for (const claim of lib.claims) {
      await visit(page, entityHref('claims', claim.slug));
      const shown = (await page.locator('.evidence .relation').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
      for (const e of claim.data.evidence) {
        if (e.relation === 'reports') continue;
        const note = e.note!.replace(/\s+/g, ' ');
        if (!shown.some((text) => text.includes(e.relation) && text.includes(`Why: ${note}`))) missing.push(`${claim.slug}: ${e.article} ${e.relation}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a maker that relays unnamed sources is named with them', async () => {
    const claim = lib.claims.find((c) => c.data.citing && Object.keys(c.data.citing).length)!;
    const { page } = await newPage(browser());
    await visit(page, entityHref('claims', claim.slug));
    const madeBy = async () => ((await page.locator('dl.facts dd').first().textContent()) ?? '').replace(/\s+/g, ' ');
    for (const [ref, who] of Object.entries(claim.data.citing!)) {
      const [kind, slug] = ref.split('/') as ['people' | 'organizations', string];
      const name = lib[kind].find((e) => e.slug === slug)!.data.name;
      await expect.poll(madeBy).toContain(`${name}, citing ${who}`);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`a claim with differs, qualifies and agrees notes has no axe violations on a phone (${colorScheme})`, async () => {
      const { page } = await newPage(browser(), { colorScheme, viewport: { width: 375, height: 800 } });
      await visit(page, entityHref('claims', asEntrySlug('ambitions-outstrip-abilities')));
      await expect.poll(() => page.locator('.relation-note').count()).toBeGreaterThanOrEqual(3);
      await expectNoAxeViolations(page);
    });
  }
});
