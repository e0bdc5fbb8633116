import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { pagedEvidence } from '@/components/ClaimPage';
import { pagedThread, ThemePage } from '@/components/ThemePage';
import { claimEvidence } from '@/lib/claims';
import { getLibrary } from '@/lib/library';
import { themeThreadPassages } from '@/lib/themes';

/**
 * Theme and claim pages page their passages like entry pages (lib/paging.ts). The four articles' longest theme
 * has 10 passages, fewer than a page holds, so these tests lower the page size to 5 (the smallest the build
 * setting allows; later pages then hold 10) and check that the pages together hold every passage once, in order,
 * and that a later page says which it is and links to its neighbours.
 */
/** How many pages n passages make: 5 on the first, 10 on each later one. */
const pagesFor = (n: number) => (n <= 5 ? 1 : 1 + Math.ceil((n - 5) / 10));
const before = process.env.SIGHTLINES_PASSAGES_PER_PAGE;
beforeAll(() => {
  process.env.SIGHTLINES_PASSAGES_PER_PAGE = '5';
});
afterAll(() => {
  if (before === undefined) delete process.env.SIGHTLINES_PASSAGES_PER_PAGE;
  else process.env.SIGHTLINES_PASSAGES_PER_PAGE = before;
});

describe('pages of a theme’s passages', () => {
  it('hold every passage once, in the thread’s order, and know where each article starts', () => {
    const lib = getLibrary();
    const longest = [...lib.themes].sort((a, b) => themeThreadPassages(lib, b.slug).length - themeThreadPassages(lib, a.slug).length)[0]!;
    const all = themeThreadPassages(lib, longest.slug);
    const { paged, groups, total } = pagedThread(longest.slug);
    expect(total).toBe(all.length);
    expect(paged.pages.length).toBe(pagesFor(all.length));
    expect(paged.pages.every((p, i) => p.reduce((n, s) => n + s.items.length, 0) <= (i === 0 ? 5 : 10))).toBe(true);
    const flat = paged.pages.flatMap((p) => p.flatMap((s) => s.items));
    const byArticle = (x: (typeof all)[number]) => lib.articles.findIndex((a) => a.slug === x.article.slug);
    expect(flat).toEqual([...all].sort((a, b) => byArticle(a) - byArticle(b)));
    for (const g of groups) {
      const start = paged.startPage.get(g)!;
      expect(paged.pages[start - 1]!.some((s) => s.group === g && !s.continued)).toBe(true);
    }
  });

  it('a later page says which it is, links back to the first and to its neighbours, and leaves the claims to page 1', () => {
    const theme = getLibrary().themes.find((t) => pagedThread(t.slug).paged.pages.length > 1)!;
    const count = pagedThread(theme.slug).paged.pages.length;
    const html = renderToStaticMarkup(<ThemePage slug={theme.slug} page={2} />);
    expect(html).toContain(`page 2 of ${count}`);
    expect(html).toContain(`href="/themes/${theme.slug}#article-counts"`);
    expect(html).toContain(`href="/themes/${theme.slug}" rel="prev"`);
    expect(html).not.toContain('theme-claims-heading');
    const first = renderToStaticMarkup(<ThemePage slug={theme.slug} />);
    expect(first).toContain(`href="/themes/${theme.slug}/passages/2" rel="next"`);
    expect(first).toContain('theme-claims-heading');
    // The first page formats the sources' citations (citeproc), slow on a busy machine.
  }, 120_000);
});

describe('pages of a claim’s evidence', () => {
  it('hold every piece of evidence once, in order', () => {
    const lib = getLibrary();
    for (const claim of lib.claims) {
      const { paged, evidence } = pagedEvidence(claim.slug);
      expect(evidence).toHaveLength(claimEvidence(lib, claim.slug).length);
      expect(paged.pages.length).toBe(pagesFor(evidence.length));
      expect(paged.pages.flatMap((p) => p.flatMap((s) => s.items))).toEqual(evidence);
    }
  });
});
