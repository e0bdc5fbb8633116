import type { Segment } from './excerpt';
import { entryCollections, type EntryCollection } from '../collections';
import type { ArticleSlug, EntityRef, EntrySlug, PassageId } from '../ids';

/** What two articles can share: an entry of any collection with pages (lib/collections.ts). */
export type ItemKind = EntryCollection;
export const itemKinds: ItemKind[] = entryCollections;

/** `${kind}/${slug}`, e.g. "places/beijing". */
export type ItemKey = EntityRef;

export type CompareArticle = { slug: ArticleSlug; title: string; outlet: string; published: string };

export type CompareItem = { kind: ItemKind; slug: EntrySlug; label: string; href: string };

/** One passage of one article where an item occurs, shortened, with the mention or quote marked. */
export type PassageExcerpt = {
  n: number;
  passageId: PassageId;
  /** `/articles/<slug>#p-<n>` */
  href: string;
  segments: Segment[];
  /** For claims: how this article's evidence relates ("agrees with TODAY"). */
  note?: string;
};

/** An item of one article's comparison file, with the passages of that article where it occurs (one excerpt per passage). */
export type ArticleItem = CompareItem & { excerpts: PassageExcerpt[] };

/**
 * What one article contributes to any comparison, as the page works with it; it is served in a pack of sixteen
 * articles under /compare-data/ (./packs.ts), fetched for the two articles being compared. It holds the items that occur in this article and in at least one other (an
 * item no other article has can never be shared), each with this article's excerpts, so the files together grow
 * linearly with the library, not with the number of pairs.
 */
export type ArticleCompareData = {
  version: typeof COMPARE_DATA_VERSION;
  /** The article's slug: a file is checked to be the one asked for. */
  article: ArticleSlug;
  items: Record<ItemKey, ArticleItem>;
};
export const COMPARE_DATA_VERSION = 1;

/** One passage of one article where an item occurs: its number, the ranges to mark there, and for claims how the evidence relates. */
export type Occurrence = { n: number; r: [start: number, end: number][]; note?: string };

/**
 * What the server holds for /compare, computed once per build: the article list, every article's data, and what
 * the packs hold instead of excerpts (every item's label, each article's occurrences: ./packs.ts).
 */
export type CompareData = {
  articles: CompareArticle[];
  defaultPair: [ArticleSlug, ArticleSlug];
  byArticle: Record<ArticleSlug, ArticleCompareData>;
  labels: Record<ItemKey, string>;
  occurrences: Record<ArticleSlug, Record<ItemKey, Occurrence[]>>;
};

export type SharedItemView = CompareItem & { key: ItemKey; left: PassageExcerpt[]; right: PassageExcerpt[] };
export type PairView = {
  left: CompareArticle;
  right: CompareArticle;
  groups: { kind: ItemKind; items: SharedItemView[] }[];
};
