/**
 * Entity refs (`places/chongqing`): an entry of a collection. They are checked against the collection registry
 * (lib/collections.ts), which is why they live apart from the other ids (./slugs.ts, ./passages.ts) and reach
 * the browser only with the code that uses them.
 */
import { entryCollections, isEntryCollection, type EntryCollection } from '../collections';
import { isEntrySlug, slugPattern, type Brand, type EntrySlug } from './slugs';

export type EntityRef<C extends EntryCollection = EntryCollection> = Brand<'EntityRef'> & `${C}/${string}`;

/** The pattern of an EntityRef to one of `collections`: `^(people|organizations)\/<slug>$`. */
export const refPattern = (collections: readonly EntryCollection[]) =>
  new RegExp(`^(${collections.join('|')})\\/${slugPattern.source.slice(1, -1)}$`);

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

/** Every collection an EntityRef may name, for messages ("expected places/…, people/…"). */
export const entityRefPrefixes = entryCollections.map((c) => `${c}/`);
