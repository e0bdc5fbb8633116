/**
 * The collection registry: one entry per kind of content, and everything the code says about it. The kind
 * unions (`EntityKind`, `EntryCollection`, `EntryType`…), the label tables and the per-collection settings of
 * search, compare and the index pages are all derived from this table, so a collection is added or renamed here.
 *
 * Plain data, safe in the browser: the zod schema of each collection is tied to it in lib/content/load.ts
 * (`schemas`, typed by this registry so that none can be missing) to keep zod out of client bundles.
 */

type CollectionInfo = {
  /** The folder under content/. */
  folder: string;
  /** The URL folder of its pages, when it has one page per entry (events live on the timeline). */
  pages: boolean;
  /** How the page text names one and many entries, lower-case ("place", "places"). */
  one: string;
  many: string;
  /** The singular type name search records use for an entry of this collection (absent: not an entry). */
  type?: string;
  /** Whether entries are found in the text by their aliases (places, people, organizations). */
  entity?: boolean;
  /** Whether the collection has an index page with sorts and filters (/places …). */
  index?: boolean;
};

export const collections = {
  articles: { folder: 'articles', pages: true, one: 'article', many: 'articles' },
  places: { folder: 'places', pages: true, one: 'place', many: 'places', type: 'place', entity: true, index: true },
  people: { folder: 'people', pages: true, one: 'person', many: 'people', type: 'person', entity: true, index: true },
  organizations: { folder: 'organizations', pages: true, one: 'organization', many: 'organizations', type: 'organization', entity: true, index: true },
  themes: { folder: 'themes', pages: true, one: 'theme', many: 'themes', type: 'theme', index: true },
  claims: { folder: 'claims', pages: true, one: 'claim', many: 'claims', type: 'claim', index: true },
  events: { folder: 'events', pages: false, one: 'event', many: 'events' },
} as const satisfies Record<string, CollectionInfo>;

type Registry = typeof collections;
export type CollectionName = keyof Registry;

/** Collections whose entries have a type name, a page and an index: places, people, organizations, themes, claims. */
export type EntryCollection = { [C in CollectionName]: Registry[C] extends { type: string } ? C : never }[CollectionName];
/** Collections found in the text by their aliases: places, people, organizations. */
export type EntityKind = { [C in CollectionName]: Registry[C] extends { entity: true } ? C : never }[CollectionName];
/** The singular type names: "place", "person", "organization", "theme", "claim". */
export type EntryType = Registry[EntryCollection]['type'];

const names = Object.keys(collections) as CollectionName[];

/** In the order of the registry: places, people, organizations, themes, claims. */
export const entryCollections = names.filter((c): c is EntryCollection => 'type' in collections[c]);
/** places, people, organizations. */
export const entityKinds = names.filter((c): c is EntityKind => 'entity' in collections[c]);

export const isEntryCollection = (value: unknown): value is EntryCollection =>
  typeof value === 'string' && (entryCollections as string[]).includes(value);
export const isEntityKind = (value: unknown): value is EntityKind =>
  typeof value === 'string' && (entityKinds as string[]).includes(value);

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "place", "Place", "places", "Places". */
export function label(collection: CollectionName, form: 'one' | 'many' | 'One' | 'Many'): string {
  const info = collections[collection];
  if (form === 'one') return info.one;
  if (form === 'many') return info.many;
  return capital(form === 'One' ? info.one : info.many);
}

/** The collection of a search type name: "place" → "places". */
export const collectionOfType = Object.fromEntries(entryCollections.map((c) => [collections[c].type, c])) as Record<
  EntryType,
  EntryCollection
>;

/** The search type name of a collection: "places" → "place". */
export const typeOfCollection = (collection: EntryCollection): EntryType => collections[collection].type;
