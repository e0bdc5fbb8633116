import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/library';
import { articleThemes, elsewhereLimit, nearestElsewhere, themeRail, themeThread, type ThreadStop } from '@/lib/themes';
import { asArticleSlug, asEntrySlug } from '@/lib/ids';

/** A thread of stops in articles named by letters, e.g. "aabcc" → a¶1 a¶2 b¶3 c¶4 c¶5. */
function thread(articles: string): ThreadStop[] {
  return [...articles].map((article, i) => ({ article, range: { passageId: `p-${i + 1}`, n: i + 1 }, label: `${article}${i + 1}` }) as unknown as ThreadStop);
}
const labels = (stops: ThreadStop[]) => stops.map((s) => s.label);

describe('theme rail: where else a theme appears', () => {
  it('lists every passage of the other articles when there are few', () => {
    const { shown, more } = nearestElsewhere(thread('aabcc'), asArticleSlug('b'), 12);
    expect(labels(shown)).toEqual(['a1', 'a2', 'c4', 'c5']);
    expect(more).toBe(0);
  });

  it('keeps the passages nearest to this article, in thread order, and counts the rest', () => {
    const { shown, more } = nearestElsewhere(thread('aaaaabccccc'), asArticleSlug('b'), 4);
    expect(labels(shown)).toEqual(['a4', 'a5', 'c7', 'c8']);
    expect(more).toBe(6);
    const atStart = nearestElsewhere(thread('bcccccc'), asArticleSlug('b'), 3);
    expect(labels(atStart.shown)).toEqual(['c2', 'c3', 'c4']);
    expect(atStart.more).toBe(3);
  });

  it('on the real library, no article reaches the limit: every other passage is listed', () => {
    const lib = getLibrary();
    for (const article of lib.articles) {
      for (const t of articleThemes(lib, article.slug)) {
        const others = themeThread(lib, t.slug).filter((p) => p.article !== article.slug);
        expect(t.moreElsewhere).toBe(0);
        expect(labels(t.elsewhere)).toEqual(labels(others));
        expect(t.elsewhere.length).toBeLessThanOrEqual(elsewhereLimit);
      }
    }
  });

  it('previous and next carry the reader along the thread, across articles', () => {
    const lib = getLibrary();
    const slug = 'facial-recognition';
    const stops = themeThread(lib, asEntrySlug(slug));
    expect(new Set(stops.map((s) => s.article)).size).toBeGreaterThan(1);
    stops.forEach((stop, i) => {
      const rail = themeRail(lib, stop.article, stop.range.passageId).find((r) => r.slug === slug)!;
      expect(rail.index).toBe(i);
      expect(rail.previous?.href).toBe(stops[i - 1]?.href);
      expect(rail.next?.href).toBe(stops[i + 1]?.href);
    });
  });
});
