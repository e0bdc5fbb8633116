import type { AnnotatedLibrary, ResolvedEvidence } from '../annotate/types';
import type { Article } from '../content/load';
import type { Passage } from '../content/blocks';
import { passageOf } from '../entities';
import { themePassages, themeThread, type ThreadStop } from '../themes';
import { WORDS_PER_MINUTE, wordsOf } from '../text/words';
import type { EntrySlug } from '../ids';

/** A claim met along a thread, where the articles agree, differ or qualify one another. */
export type ThreadClaim = { slug: EntrySlug; statement: string; evidence: ResolvedEvidence[] };

/** One stop of a thread read as one: the whole paragraph, its quoted ranges, and the claims that meet there. */
export type ThreadReadingStop = {
  stop: ThreadStop;
  article: Article;
  passage: Passage;
  /** the theme's quoted ranges in this paragraph, in order */
  marks: { start: number; end: number }[];
  notes: string[];
  /** claims of the theme first met at this paragraph whose articles relate (agree, differ, qualify) */
  claims: ThreadClaim[];
};

/**
 * A theme's passages as one continuous reading, in the thread's order (lib/themes.ts: publication order, then
 * paragraph order, one stop per paragraph), with the theme's claims set after the paragraph where the thread
 * first meets them, when the articles agree, differ or qualify one another on them.
 */
export function threadReading(lib: AnnotatedLibrary, slug: EntrySlug): { stops: ThreadReadingStop[]; minutes: number } {
  const all = themePassages(lib, slug);
  const claims = lib.claims.filter((c) => c.data.themes.includes(slug));
  const shown = new Set<string>();
  let words = 0;
  const stops = themeThread(lib, slug).map((stop) => {
    const { article, passage } = passageOf(lib, stop.range);
    words += wordsOf(passage.text).length;
    const here = all.filter((p) => p.article === stop.article && p.range.n === stop.range.n);
    const met: ThreadClaim[] = [];
    for (const claim of claims) {
      if (shown.has(claim.slug)) continue;
      const evidence = lib.evidenceByClaim.get(claim.slug) ?? [];
      const atThisParagraph = evidence.some((e) => e.article === stop.article && e.range.n === stop.range.n);
      const related = evidence.filter((e) => e.relation !== 'reports');
      if (!atThisParagraph || related.length === 0) continue;
      shown.add(claim.slug);
      met.push({ slug: claim.slug, statement: claim.data.statement, evidence: related });
    }
    return {
      stop,
      article,
      passage,
      marks: here.map((p) => ({ start: p.range.start, end: p.range.end })).sort((a, b) => a.start - b.start),
      notes: here.flatMap((p) => (p.note ? [p.note] : [])),
      claims: met,
    };
  });
  return { stops, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
