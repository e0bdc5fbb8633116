import type { AnnotatedLibrary, EntityKind } from '../annotate/types';
import { entityKinds } from '../annotate/types';
import { excerpt } from './excerpt';
import { allPairs, pairKey } from './pairs';
import type { CompareData, CompareItem, ItemKey, ItemKind, PassageExcerpt } from './types';
import { itemKinds } from './types';

type Range = { start: number; end: number; note?: string };
/** item key → article slug → passage n → the ranges to mark there */
type Occurrences = Map<ItemKey, Map<string, Map<number, Range[]>>>;

function add(occurrences: Occurrences, key: ItemKey, article: string, n: number, range: Range) {
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
      const key = `${kind}/${entry.slug}`;
      items[key] = { kind, slug: entry.slug, label: entry.data.name, href: `/${kind}/${entry.slug}` };
      for (const m of library.mentionsByEntity.get(key) ?? []) add(occurrences, key, m.article, m.n, m);
    }
  }
  for (const theme of library.themes) {
    const key = `themes/${theme.slug}`;
    items[key] = { kind: 'themes', slug: theme.slug, label: theme.data.name, href: `/themes/${theme.slug}` };
    for (const p of library.passagesByTheme.get(theme.slug) ?? []) add(occurrences, key, p.article, p.range.n, p.range);
  }
  for (const claim of library.claims) {
    const key = `claims/${claim.slug}`;
    items[key] = { kind: 'claims', slug: claim.slug, label: claim.data.statement, href: `/claims/${claim.slug}` };
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

/** The items two articles share, by kind: those that occur in at least one passage of each. Most shared first. */
export function sharedItems(library: AnnotatedLibrary, a: string, b: string): Record<ItemKind, ItemKey[]> {
  return sharedFrom(occurrencesOf(library), a, b);
}

function sharedFrom({ items, occurrences }: ReturnType<typeof occurrencesOf>, a: string, b: string): Record<ItemKind, ItemKey[]> {
  const passages = (key: ItemKey, article: string) => occurrences.get(key)?.get(article)?.size ?? 0;
  const result = Object.fromEntries(itemKinds.map((k) => [k, [] as ItemKey[]])) as Record<ItemKind, ItemKey[]>;
  for (const [key, byArticle] of occurrences) {
    if (a !== b && byArticle.has(a) && byArticle.has(b)) result[items[key]!.kind].push(key);
  }
  for (const kind of itemKinds) {
    result[kind].sort(
      (x, y) =>
        passages(y, a) + passages(y, b) - (passages(x, a) + passages(x, b)) || items[x]!.label.localeCompare(items[y]!.label),
    );
  }
  return result;
}

/** All six pairings of the four articles, precomputed for the static /compare page. */
export function buildCompareData(library: AnnotatedLibrary, defaultPair: [string, string]): CompareData {
  const found = occurrencesOf(library);
  const order = library.articles.map((a) => a.slug);
  const passagesOf = new Map(library.articles.map((a) => [a.slug, a.structure.passages]));

  const pairs: CompareData['pairs'] = {};
  const needed = new Set<string>();
  for (const [a, b] of allPairs(order)) {
    const shared = sharedFrom(found, a, b);
    pairs[pairKey(a, b, order)] = shared;
    for (const key of Object.values(shared).flat()) needed.add(key);
  }

  const items: CompareData['items'] = {};
  const excerpts: CompareData['excerpts'] = {};
  for (const key of needed) {
    items[key] = found.items[key]!;
    for (const [article, byPassage] of found.occurrences.get(key)!) {
      const list: PassageExcerpt[] = [];
      for (const [n, ranges] of [...byPassage].sort(([x], [y]) => x - y)) {
        const passage = passagesOf.get(article)![n - 1]!;
        const note = [...new Set(ranges.flatMap((r) => r.note ?? []))].join('; ');
        list.push({
          n,
          passageId: passage.id,
          href: `/articles/${article}#${passage.id}`,
          segments: excerpt(passage.text, ranges),
          ...(note ? { note } : {}),
        });
      }
      excerpts[`${article}|${key}`] = list;
    }
  }

  return {
    articles: library.articles.map((a) => ({ slug: a.slug, title: a.title, outlet: a.outlet, published: a.published })),
    defaultPair,
    items,
    excerpts,
    pairs,
  };
}
