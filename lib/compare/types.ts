import type { Segment } from './excerpt';

/** What two articles can share. */
export type ItemKind = 'places' | 'people' | 'organizations' | 'themes' | 'claims';
export const itemKinds: ItemKind[] = ['places', 'people', 'organizations', 'themes', 'claims'];
export const itemKindLabels: Record<ItemKind, { plural: string; one: string }> = {
  places: { plural: 'Places', one: 'place' },
  people: { plural: 'People', one: 'person' },
  organizations: { plural: 'Organizations', one: 'organization' },
  themes: { plural: 'Themes', one: 'theme' },
  claims: { plural: 'Claims', one: 'claim' },
};

/** `${kind}/${slug}`, e.g. "places/beijing". */
export type ItemKey = string;

export type CompareArticle = { slug: string; title: string; outlet: string; published: string };

export type CompareItem = { kind: ItemKind; slug: string; label: string; href: string };

/** One passage of one article where an item occurs, shortened, with the mention or quote marked. */
export type PassageExcerpt = {
  n: number;
  passageId: string;
  /** `/articles/<slug>#p-<n>` */
  href: string;
  segments: Segment[];
  /** For claims: how this article's evidence relates ("agrees with TODAY"). */
  note?: string;
};

/**
 * Everything /compare needs, computed once at build time and handed to the client component. Excerpts are stored
 * once per article and item and shared by the three pairs the article belongs to.
 */
export type CompareData = {
  articles: CompareArticle[];
  defaultPair: [string, string];
  items: Record<ItemKey, CompareItem>;
  /** `${article}|${itemKey}` → the passages of that article where the item occurs */
  excerpts: Record<string, PassageExcerpt[]>;
  /** pair key (the two slugs in publication order, joined by "+") → shared item keys by kind */
  pairs: Record<string, Record<ItemKind, ItemKey[]>>;
};

export type SharedItemView = CompareItem & { key: ItemKey; left: PassageExcerpt[]; right: PassageExcerpt[] };
export type PairView = {
  left: CompareArticle;
  right: CompareArticle;
  groups: { kind: ItemKind; items: SharedItemView[] }[];
};
