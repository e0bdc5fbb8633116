import { collectionOfType } from '../collections';
import { entityRef, isArticleSlug, isEntrySlug, passageId, passageRef } from '../ids';
import type { ArticleInfo, EntryRecord, PassageRecord, SearchRecord } from './records';
import { isCount, isObject } from '../fetch-json';

/**
 * What the browser fetches to search, built once at build time. Two forms, one engine:
 *
 * - **Single file** (a small library: the four articles): /search-index.json holds every record whole; the
 *   browser builds the word index from their text when search is first opened (a few milliseconds).
 * - **Sharded** (a large library): /search-index.json is a small manifest — every indexed word with the
 *   number of records holding it, where each shard starts, and one hash. The posting lists of the word index
 *   are cut into shards of consecutive words, and the records into fragments of consecutive records (each
 *   with the articles its passages belong to); a query fetches only the shards of its words and the fragments
 *   of the records it shows. The fragments are not files of their own: each is compressed (gzip) on its own and
 *   they are laid end to end in a few pack files (`r<p>-<hash>.bin`); the manifest gives each fragment's
 *   compressed size, so a query asks for the bytes of each fragment it needs with an HTTP range request and
 *   unpacks it in the browser (DecompressionStream). A thousand articles make one
 *   pack instead of 1,355 files. The articles each entry appears in, which only the search page's article filter
 *   reads and which grow with the library (a country appears in most articles), are not in the fragments but in
 *   one file of their own, fetched when that filter is used (entryArticlesFile). Every file name carries the
 *   hash of all the shards and fragments together
 *   (build.ts), so the manifest names thousands of files with one hash, and a host may cache them for ever:
 *   any change of the search data gives every file a new name.
 */
export const SEARCH_PAYLOAD_VERSION = 5;

/** Where shards and packs of fragments are served from; everything under it is content-hashed (immutable). */
export const SEARCH_DATA_PATH = '/search-data/';

/**
 * A record as stored: the id is derived, and empty lists of a passage are left out; an entry's articles are
 * left out of a sharded index's fragments (they are in its entryArticlesFile).
 */
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
  /** How many records in all; passages come first (0 … passages − 1), then entries. */
  records: number;
  passages: number;
  /** Every indexed word, sorted by UTF-16 code units, and how many records hold it. */
  words: string[];
  counts: number[];
  /** Shard k holds the posting lists of words shardStarts[k] … shardStarts[k + 1] − 1; its file is shardFile(index, k). */
  shardStarts: number[];
  /** Fragment k holds records k·fragmentSize … (k + 1)·fragmentSize − 1 (fragmentRanges says where its bytes are). */
  fragmentSize: number;
  /** The compressed size in bytes of each fragment, in order. */
  fragmentBytes: number[];
  /** Pack p holds fragments packStarts[p] … packStarts[p + 1] − 1, end to end; its file is packFile(index, p). */
  packStarts: number[];
  /** The hash of every shard and fragment together (12 hex digits), part of every file name. */
  hash: string;
};

/** The file name of shard k of a sharded index. */
export const shardFile = (index: Pick<ShardedIndex, 'hash'>, k: number) => `w${k}-${index.hash}.json`;
/** The file name of pack p of a sharded index: compressed fragments laid end to end. */
export const packFile = (index: Pick<ShardedIndex, 'hash'>, p: number) => `r${p}-${index.hash}.bin`;

/** Where a fragment's bytes are: bytes start … end − 1 of a pack file. */
export type FragmentRange = { pack: number; file: string; start: number; end: number };

/** Where every fragment of a sharded index is, from the manifest's sizes. */
export function fragmentRanges(index: Pick<ShardedIndex, 'hash' | 'fragmentBytes' | 'packStarts'>): FragmentRange[] {
  const ranges: FragmentRange[] = [];
  let pack = -1;
  let offset = 0;
  index.fragmentBytes.forEach((size, k) => {
    if (index.packStarts[pack + 1] === k) {
      pack += 1;
      offset = 0;
    }
    ranges.push({ pack, file: packFile(index, pack), start: offset, end: offset + size });
    offset += size;
  });
  return ranges;
}
/** The file name of the articles of every entry of a sharded index (EntryArticlesFile). */
export const entryArticlesFile = (index: Pick<ShardedIndex, 'hash'>) => `a-${index.hash}.json`;

export type SearchPayload = SingleFileIndex | ShardedIndex;

/** A shard file: the encoded posting lists (postings.ts) of its words, in word order. */
export type ShardFile = { version: typeof SEARCH_PAYLOAD_VERSION; first: number; postings: string[] };
/** A fragment (JSON, then gzip, in a pack file): its records, in order, and the articles its passages belong to (what a result shows of them). */
export type FragmentFile = { version: typeof SEARCH_PAYLOAD_VERSION; first: number; records: StoredRecord[]; articles: ArticleInfo[] };

/**
 * The articles every entry appears in (what the search page's article filter reads of an entry): the article
 * slugs in publication order, once, and for each entry record in record order (the first is record `first`,
 * the first entry) the positions of its articles in that list, encoded as posting lists are (postings.ts).
 */
export type EntryArticlesFile = { version: typeof SEARCH_PAYLOAD_VERSION; first: number; articles: string[]; entries: string[] };

const FACETS = ['places', 'people', 'organizations', 'claims', 'themes'] as const;

/** The record as stored: without its id, and without the empty lists of a passage (or, if asked, an entry's articles). */
export function storeRecord(record: SearchRecord, options: { entryArticles?: boolean } = {}): StoredRecord {
  const { id: _id, ...rest } = record;
  if (rest.type !== 'passage') {
    if (options.entryArticles !== false) return rest;
    const { articles: _articles, ...entry } = rest;
    return entry;
  }
  const stored: Record<string, unknown> = { ...rest };
  for (const key of FACETS) if (rest[key].length === 0) delete stored[key];
  return stored as StoredRecord;
}

/** The record back whole. */
export function loadRecord(stored: StoredRecord): SearchRecord {
  if (stored.type === 'passage') {
    return {
      ...stored,
      id: passageRef(stored.article, passageId(stored.n)),
      places: stored.places ?? [],
      people: stored.people ?? [],
      organizations: stored.organizations ?? [],
      claims: stored.claims ?? [],
      themes: stored.themes ?? [],
    };
  }
  return { ...stored, id: entityRef(collectionOfType[stored.type], stored.slug) };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isCountArray = (value: unknown): value is number[] => Array.isArray(value) && value.every(isCount);

/**
 * True when a stored record has the fields the engine reads: an entry with its articles (a single-file index),
 * or, when `entryArticles` is false (a fragment of a sharded index), without them.
 */
export function isStoredRecord(value: unknown, options: { entryArticles?: boolean } = {}): value is StoredRecord {
  if (!isObject(value) || typeof value.type !== 'string' || typeof value.text !== 'string') return false;
  if (value.type === 'passage') return isArticleSlug(value.article) && Number.isInteger(value.n);
  const articles = options.entryArticles === false ? value.articles === undefined : isStringArray(value.articles);
  return isEntrySlug(value.slug) && typeof value.name === 'string' && isStringArray(value.aliases) && articles;
}

const isArticleInfo = (value: unknown): value is ArticleInfo =>
  isObject(value) && typeof value.slug === 'string' && typeof value.title === 'string' && typeof value.outlet === 'string' && typeof value.published === 'string';

/** True when a value fetched from /search-index.json has the shape this code expects. */
export function isSearchPayload(value: unknown): value is SearchPayload {
  if (!isObject(value) || value.version !== SEARCH_PAYLOAD_VERSION) return false;
  if (value.form === 'single') return Array.isArray(value.articles) && value.articles.every(isArticleInfo) && Array.isArray(value.records) && value.records.every((r) => isStoredRecord(r));
  if (value.form !== 'sharded') return false;
  const v = value as Partial<ShardedIndex>;
  return (
    Number.isInteger(v.records) &&
    Number.isInteger(v.passages) &&
    v.records! >= 0 &&
    v.passages! >= 0 &&
    v.passages! <= v.records! &&
    isStringArray(v.words) &&
    isCountArray(v.counts) &&
    v.counts.length === v.words.length &&
    isCountArray(v.shardStarts) &&
    v.shardStarts.length > 0 &&
    Number.isInteger(v.fragmentSize) &&
    (v.fragmentSize ?? 0) > 0 &&
    isCountArray(v.fragmentBytes) &&
    v.fragmentBytes.length === Math.ceil((v.records ?? 0) / v.fragmentSize!) &&
    v.fragmentBytes.every((size) => size > 0) &&
    isCountArray(v.packStarts) &&
    (v.fragmentBytes.length === 0 ? v.packStarts.length === 0 : v.packStarts[0] === 0) &&
    v.packStarts.every((start, p) => start < v.fragmentBytes!.length && (p === 0 || start > v.packStarts![p - 1]!)) &&
    typeof v.hash === 'string' &&
    /^[0-9a-f]{8,}$/.test(v.hash)
  );
}

export function isShardFile(value: unknown, first: number, length: number): value is ShardFile {
  return isObject(value) && value.version === SEARCH_PAYLOAD_VERSION && value.first === first && isStringArray(value.postings) && value.postings.length === length;
}

export function isFragmentFile(value: unknown, first: number): value is FragmentFile {
  return (
    isObject(value) &&
    value.version === SEARCH_PAYLOAD_VERSION &&
    value.first === first &&
    Array.isArray(value.records) &&
    value.records.every((r) => isStoredRecord(r, { entryArticles: false })) &&
    Array.isArray(value.articles) &&
    value.articles.every(isArticleInfo)
  );
}

export function isEntryArticlesFile(value: unknown, first: number, entries: number): value is EntryArticlesFile {
  return (
    isObject(value) &&
    value.version === SEARCH_PAYLOAD_VERSION &&
    value.first === first &&
    isStringArray(value.articles) &&
    value.articles.every(isArticleSlug) &&
    isStringArray(value.entries) &&
    value.entries.length === entries &&
    value.entries.every((e) => /^[0-9a-z]*( [0-9a-z]+)*$/.test(e))
  );
}
