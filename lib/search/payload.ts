import type { ArticleInfo, EntryRecord, PassageRecord, SearchRecord } from './records';

/**
 * What the browser fetches to search, built once at build time. Two forms, one engine:
 *
 * - **Single file** (a small library: the four articles): /search-index.json holds every record whole; the
 *   browser builds the word index from their text when search is first opened (a few milliseconds).
 * - **Sharded** (a large library): /search-index.json is a small manifest — the articles, every indexed word
 *   with the number of records holding it, and the names of the other files. The posting lists of the word
 *   index are cut into shards of consecutive words, and the records into fragments of consecutive records;
 *   a query fetches only the shards of its words and the fragments of the records it shows. Their file names
 *   carry a hash of their content (build.ts), so a host may cache them for ever.
 */
export const SEARCH_PAYLOAD_VERSION = 2;

/** Where shards and fragments are served from; everything under it is content-hashed (immutable). */
export const SEARCH_DATA_PATH = '/search-data/';

/** A record as stored: the id is derived, and empty lists of a passage are left out. */
export type StoredRecord =
  | (Omit<PassageRecord, 'id' | 'places' | 'people' | 'organizations' | 'claims' | 'themes'> &
      Partial<Pick<PassageRecord, 'places' | 'people' | 'organizations' | 'claims' | 'themes'>>)
  | Omit<EntryRecord, 'id'>;

export type SingleFileIndex = {
  version: typeof SEARCH_PAYLOAD_VERSION;
  form: 'single';
  articles: ArticleInfo[];
  records: StoredRecord[];
};

export type ShardedIndex = {
  version: typeof SEARCH_PAYLOAD_VERSION;
  form: 'sharded';
  articles: ArticleInfo[];
  /** How many records in all; passages come first (0 … passages − 1), then entries. */
  records: number;
  passages: number;
  /** Every indexed word, sorted by UTF-16 code units, and how many records hold it. */
  words: string[];
  counts: number[];
  /** Shard k holds the posting lists of words shardStarts[k] … shardStarts[k + 1] − 1; its file is shardFiles[k]. */
  shardStarts: number[];
  shardFiles: string[];
  /** Fragment k holds records k·fragmentSize … (k + 1)·fragmentSize − 1; its file is fragmentFiles[k]. */
  fragmentSize: number;
  fragmentFiles: string[];
};

export type SearchPayload = SingleFileIndex | ShardedIndex;

/** A shard file: the encoded posting lists (postings.ts) of its words, in word order. */
export type ShardFile = { version: typeof SEARCH_PAYLOAD_VERSION; first: number; postings: string[] };
/** A fragment file: its records, in order. */
export type FragmentFile = { version: typeof SEARCH_PAYLOAD_VERSION; first: number; records: StoredRecord[] };

const FACETS = ['places', 'people', 'organizations', 'claims', 'themes'] as const;

/** The record as stored: without its id, and without the empty lists of a passage. */
export function storeRecord(record: SearchRecord): StoredRecord {
  const { id: _id, ...rest } = record;
  if (rest.type !== 'passage') return rest;
  const stored: Record<string, unknown> = { ...rest };
  for (const key of FACETS) if (rest[key].length === 0) delete stored[key];
  return stored as StoredRecord;
}

/** The record back whole. */
export function loadRecord(stored: StoredRecord): SearchRecord {
  if (stored.type === 'passage') {
    return {
      ...stored,
      id: `${stored.article}#p-${stored.n}`,
      places: stored.places ?? [],
      people: stored.people ?? [],
      organizations: stored.organizations ?? [],
      claims: stored.claims ?? [],
      themes: stored.themes ?? [],
    };
  }
  return { ...stored, id: `${stored.type}/${stored.slug}` };
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isCountArray = (value: unknown): value is number[] => Array.isArray(value) && value.every((v) => Number.isInteger(v) && (v as number) >= 0);

/** True when a stored record has the fields the engine reads. */
export function isStoredRecord(value: unknown): value is StoredRecord {
  if (!isObject(value) || typeof value.type !== 'string' || typeof value.text !== 'string') return false;
  if (value.type === 'passage') return typeof value.article === 'string' && Number.isInteger(value.n);
  return typeof value.slug === 'string' && typeof value.name === 'string' && isStringArray(value.aliases) && isStringArray(value.articles);
}

/** True when a value fetched from /search-index.json has the shape this code expects. */
export function isSearchPayload(value: unknown): value is SearchPayload {
  if (!isObject(value) || value.version !== SEARCH_PAYLOAD_VERSION || !Array.isArray(value.articles)) return false;
  if (value.form === 'single') return Array.isArray(value.records) && value.records.every(isStoredRecord);
  if (value.form !== 'sharded') return false;
  const v = value as Partial<ShardedIndex>;
  return (
    Number.isInteger(v.records) &&
    Number.isInteger(v.passages) &&
    isStringArray(v.words) &&
    isCountArray(v.counts) &&
    v.counts.length === v.words.length &&
    isCountArray(v.shardStarts) &&
    isStringArray(v.shardFiles) &&
    v.shardStarts.length === v.shardFiles.length &&
    Number.isInteger(v.fragmentSize) &&
    (v.fragmentSize ?? 0) > 0 &&
    isStringArray(v.fragmentFiles)
  );
}

export function isShardFile(value: unknown, first: number, length: number): value is ShardFile {
  return isObject(value) && value.version === SEARCH_PAYLOAD_VERSION && value.first === first && isStringArray(value.postings) && value.postings.length === length;
}

export function isFragmentFile(value: unknown, first: number): value is FragmentFile {
  return isObject(value) && value.version === SEARCH_PAYLOAD_VERSION && value.first === first && Array.isArray(value.records) && value.records.every(isStoredRecord);
}
