import type { AnnotatedLibrary, EntityKind } from '../annotate/types';
import { entityKinds } from '../annotate/types';
import { articleDataOf } from './article-data';
import { sharedBetween } from './shared';
import type { ArticleCompareData, CompareData, CompareItem, ItemKey, ItemKind, Occurrence } from './types';
import { entityRef, type ArticleSlug } from '../ids';
import { entityHref } from '../links';

type Range = { start: number; end: number; note?: string };
/** item key → article slug → passage n → the ranges to mark there */
type Occurrences = Map<ItemKey, Map<ArticleSlug, Map<number, Range[]>>>;

function add(occurrences: Occurrences, key: ItemKey, article: ArticleSlug, n: number, range: Range) {
  let byArticle = occurrences.get(key);
  if (!byArticle) occurrences.set(key, (byArticle = new Map()));
  let byPassage = byArticle.get(article);
  if (!byPassage) byArticle.set(article, (byPassage = new Map()));
  const ranges = byPassage.get(n);
  if (ranges) ranges.push(range);
  else byPassage.set(n, [range]);
}

/**
 * Where each place, person, organization, theme and claim occurs, article by article and passage by passage:
 * entities by their mentions, themes by their anchored passages, claims by their anchored evidence.
 */
export function occurrencesOf(library: AnnotatedLibrary): { items: Record<ItemKey, CompareItem>; occurrences: Occurrences } {
  const items: Record<ItemKey, CompareItem> = {};
  const occurrences: Occurrences = new Map();
  const outletOf = new Map(library.articles.map((a) => [a.slug, a.outlet]));

  for (const kind of entityKinds) {
    for (const entry of library[kind as EntityKind]) {
      const key = entityRef(kind, entry.slug);
      items[key] = { kind, slug: entry.slug, label: entry.data.name, href: entityHref(kind, entry.slug) };
      for (const m of library.mentionsByEntity.get(key) ?? []) add(occurrences, key, m.article, m.n, m);
    }
  }
  for (const theme of library.themes) {
    const key = entityRef('themes', theme.slug);
    items[key] = { kind: 'themes', slug: theme.slug, label: theme.data.name, href: entityHref('themes', theme.slug) };
    for (const p of library.passagesByTheme.get(theme.slug) ?? []) add(occurrences, key, p.article, p.range.n, p.range);
  }
  for (const claim of library.claims) {
    const key = entityRef('claims', claim.slug);
    items[key] = { kind: 'claims', slug: claim.slug, label: claim.data.statement, href: entityHref('claims', claim.slug) };
    for (const e of library.evidenceByClaim.get(claim.slug) ?? []) {
      const other = e.with ? outletOf.get(e.with) ?? e.with : undefined;
      const note =
        e.relation === 'reports'
          ? 'reports'
          : `${e.relation === 'differs' ? 'differs from' : e.relation === 'qualifies' ? 'qualifies' : 'agrees with'} ${other}`;
      add(occurrences, key, e.article, e.range.n, { ...e.range, note });
    }
  }
  return { items, occurrences };
}

/**
 * Each article's shareable items (those that occur in it and in at least one other article: an item no other
 * article has can never be shared), with the passages where they occur, in passage order. Each (article, item)
 * occurrence is kept once, under that article, so the total grows linearly with the library; pairs are worked
 * out in the browser. What /compare-data/ serves (./packs.ts): the texts themselves are the reading lists'.
 */
function shareableOccurrences(library: AnnotatedLibrary): {
  items: Record<ItemKey, CompareItem>;
  byArticle: Record<ArticleSlug, Record<ItemKey, Occurrence[]>>;
} {
  const found = occurrencesOf(library);
  const byArticle: Record<ArticleSlug, Record<ItemKey, Occurrence[]>> = Object.fromEntries(library.articles.map((a) => [a.slug, {}]));
  for (const [key, occurrences] of found.occurrences) {
    if (occurrences.size < 2) continue; // in one article only: no pair can share it
    for (const [article, byPassage] of occurrences) {
      byArticle[article]![key] = [...byPassage]
        .sort(([x], [y]) => x - y)
        .map(([n, ranges]) => {
          const note = [...new Set(ranges.flatMap((r) => r.note ?? []))].join('; ');
          return { n, r: ranges.map((r): [number, number] => [r.start, r.end]), ...(note ? { note } : {}) };
        });
    }
  }
  return { items: found.items, byArticle };
}

/** Every article's comparison data (articleDataOf), from its occurrences and the library's texts. */
function compareDataFrom(library: AnnotatedLibrary, found: ReturnType<typeof shareableOccurrences>): Record<ArticleSlug, ArticleCompareData> {
  const passagesOf = new Map(library.articles.map((a) => [a.slug, a.structure.passages]));
  return Object.fromEntries(
    library.articles.map((a) => [a.slug, articleDataOf(a.slug, found.byArticle[a.slug]!, (key) => found.items[key]!, (n) => passagesOf.get(a.slug)![n - 1]!.text)]),
  );
}

const articleCompareData = (library: AnnotatedLibrary) => compareDataFrom(library, shareableOccurrences(library));

/** The items two articles share, by kind, straight from the library (the same rule the browser applies). */
export function sharedItems(library: AnnotatedLibrary, a: ArticleSlug, b: ArticleSlug): Record<ItemKind, ItemKey[]> {
  const byArticle = articleCompareData(library);
  return sharedBetween(byArticle[a]!, byArticle[b]!);
}

/**
 * The pair /compare shows when none is chosen: the first article (in publication order) and the article that shares
 * the most with it (the earlier on a tie). Chosen from the content, in time linear in the number of articles.
 */
export function defaultPairOf(library: Pick<AnnotatedLibrary, 'articles'>, byArticle: Record<ArticleSlug, ArticleCompareData>): [ArticleSlug, ArticleSlug] {
  const [first, ...rest] = library.articles.map((a) => a.slug);
  // No articles, no pair: the empty slug names none (the page then has nothing to compare).
  if (!first) return ['' as ArticleSlug, '' as ArticleSlug];
  let best: [ArticleSlug, number] = [rest[0] ?? first, -1];
  for (const other of rest) {
    const shared = Object.values(sharedBetween(byArticle[first]!, byArticle[other]!)).reduce((n, keys) => n + keys.length, 0);
    if (shared > best[1]) best = [other, shared];
  }
  return [first, best[0]];
}

/** The article list and every article's comparison data, for the /compare page, and what its packs hold. */
export function buildCompareData(library: AnnotatedLibrary): CompareData {
  const found = shareableOccurrences(library);
  const byArticle = compareDataFrom(library, found);
  return {
    articles: library.articles.map((a) => ({ slug: a.slug, title: a.title, outlet: a.outlet, published: a.published })),
    defaultPair: defaultPairOf(library, byArticle),
    byArticle,
    labels: Object.fromEntries(Object.entries(found.items).map(([key, item]) => [key, item.label])),
    occurrences: found.byArticle,
  };
}
