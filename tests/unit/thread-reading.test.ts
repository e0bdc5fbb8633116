import { describe, expect, it } from 'vitest';
import { getLibrary } from '@/lib/library';
import { threadReading } from '@/lib/reading-list/thread';
import { themeThread } from '@/lib/themes';

const lib = getLibrary();

describe('a theme read as one thread', () => {
  for (const theme of lib.themes) {
    it(`${theme.slug}: every stop of the thread, in its order, whole, with its quotes marked`, () => {
      const { stops, minutes } = threadReading(lib, theme.slug);
      const thread = themeThread(lib, theme.slug);
      expect(stops.map((s) => `${s.article.slug}#${s.passage.n}`)).toEqual(thread.map((t) => `${t.article}#${t.range.n}`));
      for (const s of stops) {
        expect(s.marks.length).toBeGreaterThan(0);
        for (const m of s.marks) expect(s.passage.text.slice(m.start, m.end).length).toBeGreaterThan(0);
      }
      expect(minutes).toBeGreaterThanOrEqual(1);
      // Each claim is set once, after a paragraph that is part of its evidence, and only where articles relate.
      const claims = stops.flatMap((s) => s.claims.map((c) => ({ c, s })));
      expect(new Set(claims.map(({ c }) => c.slug)).size).toBe(claims.length);
      for (const { c, s } of claims) {
        const claim = lib.claims.find((x) => x.slug === c.slug)!;
        expect(claim.data.themes).toContain(theme.slug);
        expect(lib.evidenceByClaim.get(c.slug)!.some((e) => e.article === s.article.slug && e.range.n === s.passage.n)).toBe(true);
        expect(c.evidence.length).toBeGreaterThan(0);
        expect(c.evidence.every((e) => e.relation !== 'reports')).toBe(true);
      }
    });
  }

  it('meets, somewhere in the library, claims on which the articles agree, differ or qualify', () => {
    const relations = new Set(lib.themes.flatMap((t) => threadReading(lib, t.slug).stops.flatMap((s) => s.claims.flatMap((c) => c.evidence.map((e) => e.relation)))));
    expect([...relations].sort()).toEqual(['agrees', 'differs', 'qualifies']);
  });
});
