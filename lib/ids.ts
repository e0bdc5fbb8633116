/**
 * Branded ids, in the manner of Quartz's `FullSlug`/`SimpleSlug` (quartz/util/path.ts): each kind of key is a
 * string with a compile-time brand, made only by its parser (which checks text from outside: URLs, front matter,
 * JSON) or its encoder (which builds it from parts already checked), so a place slug cannot be passed where an
 * article slug is expected and every key is spelled one way:
 *
 *   ArticleSlug   `nyt-dystopian-dreams`            an article's file name and URL segment
 *   EntrySlug     `chongqing`                       an entry's file name and URL segment (any collection)
 *   EntityRef     `places/chongqing`                an entry of a collection (claims' `madeBy`, compare, lookups)
 *   PassageId     `p-12`                            a passage's element id within its article
 *   PassageRef    `nyt-dystopian-dreams#p-12`       one passage of one article
 *
 * (The reading list's share links keep their own compact, versioned wire format, lib/reading-list/codec.ts.)
 */
import { entryCollections, isEntryCollection, type EntryCollection } from './collections';

declare const brand: unique symbol;
/** A string that only a parser or an encoder below can make. */
export type Brand<B extends string> = string & { readonly [brand]: B };

export type ArticleSlug = Brand<'ArticleSlug'>;
export type EntrySlug = Brand<'EntrySlug'>;
export type EntityRef<C extends EntryCollection = EntryCollection> = Brand<'EntityRef'> & `${C}/${string}`;
export type PassageId = Brand<'PassageId'>;
export type PassageRef = Brand<'PassageRef'>;

/** Slugs are file names and URL segments: lower-case ASCII words joined by hyphens. The one spelling of the rule. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (value: unknown): value is string => typeof value === 'string' && slugPattern.test(value);
/** The pattern of an EntityRef to one of `collections`: `^(people|organizations)\/<slug>$`. */
export const refPattern = (collections: readonly EntryCollection[]) =>
  new RegExp(`^(${collections.join('|')})\\/${slugPattern.source.slice(1, -1)}$`);

export const isArticleSlug = (value: unknown): value is ArticleSlug => isSlug(value);
export const isEntrySlug = (value: unknown): value is EntrySlug => isSlug(value);

/** An article slug from outside (a URL, JSON, front matter), or null when it is not shaped like one. */
export const parseArticleSlug = (value: unknown): ArticleSlug | null => (isArticleSlug(value) ? value : null);
export const parseEntrySlug = (value: unknown): EntrySlug | null => (isEntrySlug(value) ? value : null);

/** `places/chongqing`. */
export const entityRef = <C extends EntryCollection>(collection: C, slug: EntrySlug) => `${collection}/${slug}` as EntityRef<C>;

/** The collection and slug of `places/chongqing`, or null when the text is not a ref to a known collection. */
export function parseEntityRef(value: unknown): { collection: EntryCollection; slug: EntrySlug } | null {
  if (typeof value !== 'string') return null;
  const slash = value.indexOf('/');
  const collection = value.slice(0, slash);
  const slug = value.slice(slash + 1);
  if (slash < 0 || !isEntryCollection(collection) || !isEntrySlug(slug)) return null;
  return { collection, slug };
}
export const isEntityRef = (value: unknown): value is EntityRef => parseEntityRef(value) !== null;

type CollectionOf<R> = { [C in EntryCollection]: R extends `${C}/${string}` ? C : never }[EntryCollection];
/** The collection and slug of a ref already made (by `entityRef` or a schema), keeping its collection's type. */
export function entityRefParts<R extends EntityRef>(ref: R): { collection: CollectionOf<R>; slug: EntrySlug } {
  const slash = ref.indexOf('/');
  return { collection: ref.slice(0, slash) as CollectionOf<R>, slug: ref.slice(slash + 1) as EntrySlug };
}

/** `p-12`: the id of a passage's element in its article. */
export const passageId = (n: number) => `p-${n}` as PassageId;
/** The number of `p-12`, or null. */
export function parsePassageId(value: unknown): number | null {
  const match = typeof value === 'string' ? /^p-([1-9]\d{0,5})$/.exec(value) : null;
  return match ? Number(match[1]) : null;
}
export const isPassageId = (value: unknown): value is PassageId => parsePassageId(value) !== null;

/** `nyt-dystopian-dreams#p-12`. */
export const passageRef = (article: ArticleSlug, id: PassageId) => `${article}#${id}` as PassageRef;
/** The article and passage number of `nyt-dystopian-dreams#p-12`, or null. */
export function parsePassageRef(value: unknown): { article: ArticleSlug; n: number } | null {
  if (typeof value !== 'string') return null;
  const hash = value.indexOf('#');
  const article = value.slice(0, hash);
  const n = parsePassageId(value.slice(hash + 1));
  return hash > 0 && isArticleSlug(article) && n !== null ? { article, n } : null;
}
export const isPassageRef = (value: unknown): value is PassageRef => parsePassageRef(value) !== null;

/** Every collection an EntityRef may name, for messages ("expected places/…, people/…"). */
export const entityRefPrefixes = entryCollections.map((c) => `${c}/`);

function known<T>(parse: (value: unknown) => T | null, what: string) {
  return (text: string): T => {
    const value = parse(text);
    if (value === null) throw new TypeError(`expected ${what}; found ${JSON.stringify(text)}`);
    return value;
  };
}
/**
 * For text the code itself holds (tests, scripts, benchmarks): the branded id, or a thrown error naming the text.
 * Content, URLs and JSON go through the parsers above, which answer null instead.
 */
export const asArticleSlug = known(parseArticleSlug, 'an article slug');
export const asEntrySlug = known(parseEntrySlug, 'an entry slug');
export const asEntityRef = known((v) => (isEntityRef(v) ? v : null), 'an entity ref such as places/chongqing');
