import { passageKey, type AnnotatedLibrary, type ResolvedThemePassage } from './annotate/types';
import { articleShortName, passageOf } from './entities';
import { passageHref } from './links';
import { parseEntrySlug, type ArticleSlug, type EntrySlug, type PassageId, type PassageRef } from './ids';
import type { Theme } from './content/load';

export type ThreadStop = ResolvedThemePassage & { outlet: string; href: string; label: string };

/** The theme a URL segment names, or undefined (a segment not shaped like a slug names none). */
export function findThemeByParam(lib: AnnotatedLibrary, segment: string): Theme | undefined {
  const slug = parseEntrySlug(segment);
  return slug ? lib.themes.find((t) => t.slug === slug) : undefined;
}

/** The articles a theme's passages come from, in publication order, and the claims filed under it. */
export function themeSources(lib: AnnotatedLibrary, theme: Theme) {
  const passages = themeThreadPassages(lib, theme.slug);
  return {
    passages,
    articles: lib.articles.filter((a) => passages.some((p) => p.article.slug === a.slug)),
    claims: lib.claims.filter((c) => c.data.themes.includes(theme.slug)),
  };
}

/** A theme's anchored passages in publication order, then paragraph order (two quotes in one paragraph stay two). */
export function themePassages(lib: AnnotatedLibrary, slug: EntrySlug): ResolvedThemePassage[] {
  const order = new Map(lib.articles.map((a, i) => [a.slug, i]));
  return [...(lib.passagesByTheme.get(slug) ?? [])].sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.range.n - b.range.n);
}

/** A theme's passages in publication order, then paragraph order; the whole passage, with the quote marked. */
export function themeThreadPassages(lib: AnnotatedLibrary, slug: EntrySlug) {
  return themePassages(lib, slug).map((p) => {
    const { article, passage } = passageOf(lib, p.range);
    return { ...p, article, excerpt: { text: passage.text, start: p.range.start, end: p.range.end, atStart: true, atEnd: true } };
  });
}

/** A thread's stops, and where each paragraph (`article#p-n`) stands in it. */
type Thread = { stops: ThreadStop[]; at: Map<PassageRef, number> };

/** Threads already built, per library: every article page asks for every thread, once per passage. */
const threads = new WeakMap<AnnotatedLibrary, Map<EntrySlug, Thread>>();

function threadOf(lib: AnnotatedLibrary, slug: EntrySlug): Thread {
  let cache = threads.get(lib);
  if (!cache) threads.set(lib, (cache = new Map()));
  let thread = cache.get(slug);
  if (!thread) {
    const outlets = new Map(lib.articles.map((a) => [a.slug, articleShortName(a)]));
    const at = new Map<PassageRef, number>();
    const stops: ThreadStop[] = [];
    for (const p of themePassages(lib, slug)) {
      const key = passageKey(p.article, p.range.passageId);
      if (at.has(key)) continue;
      at.set(key, stops.length);
      const outlet = outlets.get(p.article)!;
      stops.push({ ...p, outlet, href: passageHref(p.article, p.range.n), label: `${outlet} ¶${p.range.n}` });
    }
    cache.set(slug, (thread = { stops, at }));
  }
  return thread;
}

/** A theme's passages as one thread: publication order, then paragraph order; one stop per paragraph. */
export function themeThread(lib: AnnotatedLibrary, slug: EntrySlug): ThreadStop[] {
  return threadOf(lib, slug).stops;
}

export type RailStop = { slug: EntrySlug; name: string; index: number; total: number; previous?: ThreadStop; next?: ThreadStop };

/** For one passage: each theme thread it is part of, with the previous and next stops across all articles. */
export function themeRail(lib: AnnotatedLibrary, article: ArticleSlug, passageId: PassageId): RailStop[] {
  const stops: RailStop[] = [];
  for (const theme of lib.themes) {
    const { stops: thread, at } = threadOf(lib, theme.slug);
    const index = at.get(passageKey(article, passageId));
    if (index === undefined) continue;
    stops.push({ slug: theme.slug, name: theme.data.name, index, total: thread.length, previous: thread[index - 1], next: thread[index + 1] });
  }
  return stops;
}

/**
 * `elsewhere` holds at most this many passages of other articles: those nearest to this article in the thread.
 * The four articles never reach it (their longest list is 9); a large library would otherwise repeat every
 * thread on every article page, and the site would grow with the square of the number of articles.
 */
export const elsewhereLimit = 12;

export type ArticleTheme = { slug: EntrySlug; name: string; here: ThreadStop[]; elsewhere: ThreadStop[]; moreElsewhere: number };

/** The passages of other articles nearest (in thread order) to the stops at `first`…`last`, at most `limit`. */
export function nearestElsewhere(thread: ThreadStop[], article: ArticleSlug, limit = elsewhereLimit): { shown: ThreadStop[]; more: number } {
  const first = thread.findIndex((p) => p.article === article);
  const last = thread.findLastIndex((p) => p.article === article);
  const others = thread.map((p, i) => ({ p, i })).filter(({ p }) => p.article !== article);
  if (others.length <= limit) return { shown: others.map(({ p }) => p), more: 0 };
  const distance = (i: number) => (i < first ? first - i : i > last ? i - last : 0);
  const kept = [...others].sort((x, y) => distance(x.i) - distance(y.i) || x.i - y.i).slice(0, limit);
  return { shown: kept.sort((x, y) => x.i - y.i).map(({ p }) => p), more: others.length - limit };
}

/** The themes present in an article, with where they appear here and elsewhere ("also in NYT ¶12, CDT ¶4"). */
export function articleThemes(lib: AnnotatedLibrary, article: ArticleSlug): ArticleTheme[] {
  return lib.themes
    .map((theme) => {
      const thread = themeThread(lib, theme.slug);
      const { shown, more } = nearestElsewhere(thread, article);
      return {
        slug: theme.slug,
        name: theme.data.name,
        here: thread.filter((p) => p.article === article),
        elsewhere: shown,
        moreElsewhere: more,
      };
    })
    .filter((t) => t.here.length > 0)
    .sort((a, b) => b.here.length - a.here.length || a.name.localeCompare(b.name));
}
