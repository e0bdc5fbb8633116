/**
 * Pages of passages for entity pages: a place named in a thousand articles must not make a page of megabytes.
 * The passages, grouped by article in the order given, are cut into pages: the first of at most `size`, the
 * others of at most `laterSize`; an article's group may continue on the next page. Page 1 is the entity's own
 * page; the others live at entityPassagesHref(…, n). Every page carries the count of every article, with a link to
 * the page holding it.
 */

/**
 * Passages on an entry's first page; the build setting SIGHTLINES_PASSAGES_PER_PAGE may lower or raise it (≥ 5).
 * Later pages hold LATER_PAGE_FACTOR times as many: the first page also holds the entry's description, its
 * connections and the count of every article, the later ones only passages, and each page of a static export
 * costs its share of what every page carries (at 1,000 articles, about 20 kB of the 45 kB of a page of 50).
 */
export const DEFAULT_PASSAGES_PER_PAGE = 50;
export const LATER_PAGE_FACTOR = 2;

export function passagesPerPage(): number {
  const asked = Number(process.env.SIGHTLINES_PASSAGES_PER_PAGE);
  return Number.isInteger(asked) && asked >= 5 ? asked : DEFAULT_PASSAGES_PER_PAGE;
}

/** The part of one group shown on a page: the group, and which of its items (from `first`, in order). */
export type PageSlice<G, T> = { group: G; items: T[]; first: number; continued: boolean };

export type Paged<G, T> = {
  pages: PageSlice<G, T>[][];
  /** For each group, in the order given, the page (1-based) where it starts. */
  startPage: Map<G, number>;
};

export function pageGroups<G, T>(groups: G[], itemsOf: (group: G) => T[], size = passagesPerPage(), laterSize = size * LATER_PAGE_FACTOR): Paged<G, T> {
  const pages: PageSlice<G, T>[][] = [[]];
  const startPage = new Map<G, number>();
  let room = size;
  for (const group of groups) {
    const items = itemsOf(group);
    let first = 0;
    while (first < items.length || (items.length === 0 && first === 0)) {
      if (room === 0) {
        pages.push([]);
        room = laterSize;
      }
      const take = Math.min(room, items.length - first);
      if (!startPage.has(group)) startPage.set(group, pages.length);
      pages.at(-1)!.push({ group, items: items.slice(first, first + take), first, continued: first > 0 });
      first += take;
      room -= take;
      if (items.length === 0) break;
    }
  }
  return { pages, startPage };
}

/** What page `page` (1-based) of a paged list shows: its slices, and the numbers (1-based) of its first and last items. */
export function pageWindow<G, T>(paged: Paged<G, T>, page: number) {
  const itemsOn = (slices: PageSlice<G, T>[]) => slices.reduce((n, s) => n + s.items.length, 0);
  const slices = paged.pages[page - 1] ?? [];
  const shownFrom = paged.pages.slice(0, page - 1).reduce((n, p) => n + itemsOn(p), 0) + 1;
  return { pageCount: paged.pages.length, slices, shownFrom, shownTo: shownFrom + itemsOn(slices) - 1 };
}

/**
 * `build(lib, key)` once per library and key: an entry's pages are cut once per build process, however many of its
 * pages (and their metadata and static params) ask for them. A new library (a test's, a rebuilt one) starts afresh.
 */
export function oncePerEntry<L extends object, K, V>(build: (lib: L, key: K) => V): (lib: L, key: K) => V {
  const cache = new WeakMap<L, Map<K, V>>();
  return (lib, key) => {
    let byKey = cache.get(lib);
    if (!byKey) cache.set(lib, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, build(lib, key));
    return byKey.get(key)!;
  };
}

/** The page numbers of a paged list beyond the first, as route params. */
export const laterPages = (count: number) => Array.from({ length: Math.max(0, count - 1) }, (_, i) => String(i + 2));

/** Parses a page number from a URL segment: a whole number from 2 to `count`, or null. */
export function parsePage(segment: string, count: number): number | null {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return null;
  const n = Number(segment);
  return n >= 2 && n <= count ? n : null;
}

/**
 * How many articles the home and about pages list in full: pages that are not about the library's size must not
 * grow with it. Beyond this, they link to /articles, the one list of every article.
 */
export const ARTICLES_LISTED = 12;

/**
 * Articles per page of /articles: a line each, so a hundred make a page of about 40 kB however large the
 * library grows. The build setting SIGHTLINES_ARTICLES_PER_PAGE may lower or raise it (≥ 5).
 */
export const DEFAULT_ARTICLES_PER_PAGE = 100;

export function articlesPerPage(): number {
  const asked = Number(process.env.SIGHTLINES_ARTICLES_PER_PAGE);
  return Number.isInteger(asked) && asked >= 5 ? asked : DEFAULT_ARTICLES_PER_PAGE;
}

/** How many pages a flat list of `total` items takes at `size` a page (at least one, even when empty). */
export const pageCountOf = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/** The items of page `page` (1-based) of a flat list, at `size` a page. */
export const pageOf = <T>(items: T[], page: number, size: number): T[] => items.slice((page - 1) * size, page * size);
