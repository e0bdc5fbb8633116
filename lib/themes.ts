import type { AnnotatedLibrary, ResolvedThemePassage } from './annotate/types';
import { articleShortName } from './entities';

export type ThreadStop = ResolvedThemePassage & { outlet: string; href: string; label: string };

/** Threads already built, per library: every article page asks for every thread, once per passage. */
const threads = new WeakMap<AnnotatedLibrary, Map<string, ThreadStop[]>>();

/** A theme's passages as one thread: publication order, then paragraph order; one stop per paragraph. */
export function themeThread(lib: AnnotatedLibrary, slug: string): ThreadStop[] {
  let cache = threads.get(lib);
  if (!cache) threads.set(lib, (cache = new Map()));
  const hit = cache.get(slug);
  if (hit) return hit;
  const thread = buildThread(lib, slug);
  cache.set(slug, thread);
  return thread;
}

function buildThread(lib: AnnotatedLibrary, slug: string): ThreadStop[] {
  const order = new Map(lib.articles.map((a, i) => [a.slug, i]));
  const outlets = new Map(lib.articles.map((a) => [a.slug, articleShortName(a)]));
  const seen = new Set<string>();
  return [...(lib.passagesByTheme.get(slug) ?? [])]
    .sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.range.n - b.range.n)
    .filter((p) => {
      const key = `${p.article}#${p.range.passageId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((p) => {
      const outlet = outlets.get(p.article)!;
      return { ...p, outlet, href: `/articles/${p.article}#${p.range.passageId}`, label: `${outlet} ¶${p.range.n}` };
    });
}

const positions = new WeakMap<ThreadStop[], Map<string, number>>();

/** Where each passage (`article#p-n`) stands in a thread, so that a lookup does not scan the whole thread. */
function threadPositions(thread: ThreadStop[]): Map<string, number> {
  let map = positions.get(thread);
  if (!map) {
    map = new Map(thread.map((p, i) => [`${p.article}#${p.range.passageId}`, i]));
    positions.set(thread, map);
  }
  return map;
}

export type RailStop = { slug: string; name: string; index: number; total: number; previous?: ThreadStop; next?: ThreadStop };

/** For one passage: each theme thread it is part of, with the previous and next stops across all articles. */
export function themeRail(lib: AnnotatedLibrary, article: string, passageId: string): RailStop[] {
  const stops: RailStop[] = [];
  for (const theme of lib.themes) {
    const thread = themeThread(lib, theme.slug);
    const index = threadPositions(thread).get(`${article}#${passageId}`) ?? -1;
    if (index === -1) continue;
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

export type ArticleTheme = { slug: string; name: string; here: ThreadStop[]; elsewhere: ThreadStop[]; moreElsewhere: number };

/** The passages of other articles nearest (in thread order) to the stops at `first`…`last`, at most `limit`. */
export function nearestElsewhere(thread: ThreadStop[], article: string, limit = elsewhereLimit): { shown: ThreadStop[]; more: number } {
  const first = thread.findIndex((p) => p.article === article);
  const last = thread.findLastIndex((p) => p.article === article);
  const others = thread.map((p, i) => ({ p, i })).filter(({ p }) => p.article !== article);
  if (others.length <= limit) return { shown: others.map(({ p }) => p), more: 0 };
  const distance = (i: number) => (i < first ? first - i : i > last ? i - last : 0);
  const kept = [...others].sort((x, y) => distance(x.i) - distance(y.i) || x.i - y.i).slice(0, limit);
  return { shown: kept.sort((x, y) => x.i - y.i).map(({ p }) => p), more: others.length - limit };
}

/** The themes present in an article, with where they appear here and elsewhere ("also in NYT ¶12, CDT ¶4"). */
export function articleThemes(lib: AnnotatedLibrary, article: string): ArticleTheme[] {
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
