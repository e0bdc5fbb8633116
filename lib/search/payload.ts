import type { FuseIndexRecords } from 'fuse.js';
import type { ArticleInfo, EntryRecord, PassageRecord, SearchRecord } from './records';
import { ALIASES_KEY, NAME_KEY, TEXT_KEY } from './options';

/**
 * The static file /search-index.json: everything the browser needs to search, built once at build time.
 * The words of each record (name, aliases, text) are stored once, inside the Fuse index; `records` holds
 * only what Fuse does not (type, article, paragraph number, the entities a passage carries), and the
 * browser puts the two back together (hydrateRecords).
 */
export const SEARCH_PAYLOAD_VERSION = 1;

export type PassageMeta = Omit<PassageRecord, 'id' | 'text' | 'places' | 'people' | 'organizations' | 'claims' | 'themes'> &
  Partial<Pick<PassageRecord, 'places' | 'people' | 'organizations' | 'claims' | 'themes'>>;
export type EntryMeta = Omit<EntryRecord, 'id' | 'name' | 'aliases' | 'text'>;
export type RecordMeta = PassageMeta | EntryMeta;

/** Fuse's serialized index (FuseIndex.toJSON()). */
export type FuseIndexJson = {
  keys: ReadonlyArray<{ path: string[]; id: string; weight: number; src: string | string[] }>;
  records: FuseIndexRecords;
};

export type SearchPayload = {
  version: typeof SEARCH_PAYLOAD_VERSION;
  articles: ArticleInfo[];
  records: RecordMeta[];
  fuse: FuseIndexJson;
  /**
   * The word index, for large libraries only (build.ts): every folded word in sorted order, and for each its
   * encoded posting list (postings.ts). Without it the browser builds the same index from the records.
   */
  words?: string[];
  postings?: string[];
};

/** A record of the Fuse index as stored: per key index, the value and its field-length norm. */
export type StoredValue = { v: string; n: number; i?: number };
export type StoredRecord = { i: number; $: Record<number, StoredValue | StoredValue[] | undefined> };

/** The full records, from the metadata and the words stored in the Fuse index. */
export function hydrateRecords(payload: Pick<SearchPayload, 'records' | 'fuse'>): SearchRecord[] {
  const stored = new Map<number, StoredRecord>();
  for (const r of payload.fuse.records as unknown as StoredRecord[]) stored.set(r.i, r);
  const single = (r: StoredRecord | undefined, key: number) => {
    const value = r?.$[key];
    return value && !Array.isArray(value) ? value.v : '';
  };
  return payload.records.map((meta, i): SearchRecord => {
    const r = stored.get(i);
    if (meta.type === 'passage') {
      const m = meta as PassageMeta;
      return {
        ...m,
        id: `${m.article}#p-${m.n}`,
        text: single(r, TEXT_KEY),
        places: m.places ?? [],
        people: m.people ?? [],
        organizations: m.organizations ?? [],
        claims: m.claims ?? [],
        themes: m.themes ?? [],
      };
    }
    const m = meta as EntryMeta;
    const aliases = r?.$[ALIASES_KEY];
    return {
      ...m,
      id: `${m.type}/${m.slug}`,
      name: single(r, NAME_KEY),
      aliases: Array.isArray(aliases) ? [...aliases].sort((a, b) => (a.i ?? 0) - (b.i ?? 0)).map((a) => a.v) : [],
      text: single(r, TEXT_KEY),
    };
  });
}

/** True when a value fetched from /search-index.json has the shape this code expects. */
export function isSearchPayload(value: unknown): value is SearchPayload {
  if (!value || typeof value !== 'object') return false;
  const p = value as Partial<SearchPayload>;
  return (
    p.version === SEARCH_PAYLOAD_VERSION &&
    Array.isArray(p.articles) &&
    Array.isArray(p.records) &&
    (p.words === undefined || (Array.isArray(p.words) && Array.isArray(p.postings) && p.words.length === p.postings.length)) &&
    !!p.fuse &&
    Array.isArray(p.fuse.records) &&
    Array.isArray(p.fuse.keys)
  );
}
