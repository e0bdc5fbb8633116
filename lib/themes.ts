import type { AnnotatedLibrary, ResolvedThemePassage } from './annotate/types';
import { articleShortName } from './entities';

export type ThreadStop = ResolvedThemePassage & { outlet: string; href: string; label: string };

/** A theme's passages as one thread: publication order, then paragraph order; one stop per paragraph. */
export function themeThread(lib: AnnotatedLibrary, slug: string): ThreadStop[] {
  const order = new Map(lib.articles.map((a, i) => [a.slug, i]));
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
      const outlet = articleShortName(lib.articles.find((a) => a.slug === p.article)!);
      return { ...p, outlet, href: `/articles/${p.article}#${p.range.passageId}`, label: `${outlet} ¶${p.range.n}` };
    });
}

export type RailStop = { slug: string; name: string; index: number; total: number; previous?: ThreadStop; next?: ThreadStop };

/** For one passage: each theme thread it is part of, with the previous and next stops across all articles. */
export function themeRail(lib: AnnotatedLibrary, article: string, passageId: string): RailStop[] {
  const stops: RailStop[] = [];
  for (const theme of lib.themes) {
    const thread = themeThread(lib, theme.slug);
    const index = thread.findIndex((p) => p.article === article && p.range.passageId === passageId);
    if (index === -1) continue;
    stops.push({ slug: theme.slug, name: theme.data.name, index, total: thread.length, previous: thread[index - 1], next: thread[index + 1] });
  }
  return stops;
}

export type ArticleTheme = { slug: string; name: string; here: ThreadStop[]; elsewhere: ThreadStop[] };

/** The themes present in an article, with where they appear here and elsewhere ("also in NYT ¶12, CDT ¶4"). */
export function articleThemes(lib: AnnotatedLibrary, article: string): ArticleTheme[] {
  return lib.themes
    .map((theme) => {
      const thread = themeThread(lib, theme.slug);
      return {
        slug: theme.slug,
        name: theme.data.name,
        here: thread.filter((p) => p.article === article),
        elsewhere: thread.filter((p) => p.article !== article),
      };
    })
    .filter((t) => t.here.length > 0)
    .sort((a, b) => b.here.length - a.here.length || a.name.localeCompare(b.name));
}
