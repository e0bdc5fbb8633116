import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { AnnotatedLibrary } from '../annotate/types';
import { oncePerProcess } from '../build-cache';
import { encodePostings } from './postings';
import {
  entryArticlesFile,
  packFile,
  SEARCH_PAYLOAD_VERSION,
  shardFile,
  storeRecord,
  type EntryArticlesFile,
  type FragmentFile,
  type SearchPayload,
  type ShardFile,
  type ShardedIndex,
} from './payload';
import { articleInfo, buildSearchRecords, type ArticleInfo, type SearchRecord } from './records';
import { buildWordIndex } from './words';

/**
 * From this many records on, the index is sharded; below, one file is smaller and faster. Measured with
 * `npm run bench:search` (docs-bench-search.md): at the four articles (412 records) the single file is
 * 50 kB brotli and answers the first query in one request; sharded, the same query needs three requests in
 * sequence (manifest, shards, fragments) for about the same bytes.
 */
export const SHARD_FROM_RECORDS = 2000;
/** A shard holds consecutive words until their encoded posting lists reach this many characters. */
export const SHARD_CHARS = 16_000;
/**
 * Records per fragment. A query reads a few dozen records scattered over the library, so most of a fragment is
 * records it never reads: at 1,000 articles (side-by-side.ts) fragments of 32 made p95 201 kB before the first
 * result, 16 make 120 kB (8 would make about 95 kB, but twice the files: 2.9 per article instead of 1.5).
 * Since the fragments are packed (below) their number no longer adds files, but each is a request of its own.
 */
export const FRAGMENT_SIZE = 16;
/**
 * A pack of fragments grows to at most this many bytes (compressed), well under the per-file limits of static
 * hosts (Cloudflare Pages: 25 MiB). A thousand articles make one pack (3.7 MB); five thousand, about three.
 */
export const PACK_BYTES = 8 * 1024 * 1024;

export type IndexForm = 'single' | 'sharded';
export type PayloadOptions = { form?: IndexForm; shardChars?: number; fragmentSize?: number; packBytes?: number };

/** The search files of a build: /search-index.json, and by file name the shards (JSON text) and packs (bytes). */
export type SearchFiles = { index: SearchPayload; files: Map<string, string | Uint8Array> };


/** The form the build asks for: SIGHTLINES_SEARCH_FORM=single|sharded (the benchmark compares both), else by size. */
export function formFor(records: number): IndexForm {
  const asked = process.env.SIGHTLINES_SEARCH_FORM;
  if (asked === 'single' || asked === 'sharded') return asked;
  return records >= SHARD_FROM_RECORDS ? 'sharded' : 'single';
}

/**
 * Builds the search files. Passages must come before entries (buildSearchRecords orders them so), since the
 * sharded engine tells the two apart by position before it has read a record.
 */
export function buildSearchFiles(records: SearchRecord[], articles: ArticleInfo[], options: PayloadOptions = {}): SearchFiles {
  const passages = records.findIndex((r) => r.type !== 'passage');
  const passageCount = passages === -1 ? records.length : passages;
  if (records.slice(passageCount).some((r) => r.type === 'passage')) throw new Error('search records: passages must come before entries');
  const form = options.form ?? formFor(records.length);
  if (form === 'single') {
    return { index: { version: SEARCH_PAYLOAD_VERSION, form, articles, records: records.map((r) => storeRecord(r)) }, files: new Map() };
  }

  const { words, postings } = buildWordIndex(records);
  const shardChars = options.shardChars ?? SHARD_CHARS;
  const shardStarts: number[] = [];
  const contents: string[] = [];
  for (let start = 0; start < words.length; ) {
    let end = start;
    let chars = 0;
    while (end < words.length && (end === start || chars + postings[end]!.length <= shardChars)) chars += postings[end++]!.length;
    const shard: ShardFile = { version: SEARCH_PAYLOAD_VERSION, first: start, postings: postings.slice(start, end) };
    shardStarts.push(start);
    contents.push(JSON.stringify(shard));
    start = end;
  }
  if (shardStarts.length === 0) shardStarts.push(0);

  const fragmentSize = options.fragmentSize ?? FRAGMENT_SIZE;
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  // Each fragment compressed on its own (the browser unpacks just the ones it fetched), then laid end to end in
  // packs. gzip's header carries no time or name here, so the same records give the same bytes with the same
  // zlib on the same system (its header names the system; another zlib may compress differently): a build
  // elsewhere may give the files new names, never wrong ones.
  const fragments: Uint8Array[] = [];
  for (let first = 0; first < records.length; first += fragmentSize) {
    const slice = records.slice(first, first + fragmentSize);
    const slugs = [...new Set(slice.flatMap((r) => (r.type === 'passage' ? [r.article] : [])))];
    const fragment: FragmentFile = {
      version: SEARCH_PAYLOAD_VERSION,
      first,
      records: slice.map((r) => storeRecord(r, { entryArticles: false })),
      articles: slugs.flatMap((slug) => articleBySlug.get(slug) ?? []),
    };
    fragments.push(gzipSync(JSON.stringify(fragment), { level: 9 }));
  }
  const packBytes = options.packBytes ?? PACK_BYTES;
  const packStarts: number[] = [];
  let packed = Infinity;
  fragments.forEach((bytes, k) => {
    if (packed + bytes.length > packBytes) {
      packStarts.push(k);
      packed = 0;
    }
    packed += bytes.length;
  });
  const packs = packStarts.map((start, p) => Buffer.concat(fragments.slice(start, packStarts[p + 1] ?? fragments.length)));

  // The articles of every entry, by position in the library's articles (publication order).
  const position = new Map(articles.map((a, i) => [a.slug, i]));
  const entryArticles: EntryArticlesFile = {
    version: SEARCH_PAYLOAD_VERSION,
    first: passageCount,
    articles: articles.map((a) => a.slug),
    entries: records.slice(passageCount).map((r) => encodePostings(r.type === 'passage' ? [] : (r.articles ?? []).flatMap((slug) => position.get(slug) ?? []))),
  };
  const entryArticlesJson = JSON.stringify(entryArticles);

  // One hash for all the files: the manifest names them all with it (payload.ts: shardFile, packFile, entryArticlesFile).
  const hasher = createHash('sha256');
  for (const data of [...contents, ...packs, entryArticlesJson]) hasher.update(data).update('\n');
  const hash = hasher.digest('hex').slice(0, 12);
  const files = new Map<string, string | Uint8Array>();
  contents.forEach((json, k) => files.set(shardFile({ hash }, k), json));
  packs.forEach((bytes, p) => files.set(packFile({ hash }, p), bytes));
  files.set(entryArticlesFile({ hash }), entryArticlesJson);

  const index: ShardedIndex = {
    version: SEARCH_PAYLOAD_VERSION,
    form,
    records: records.length,
    passages: passageCount,
    words,
    // How many records hold each word: the number of entries of its posting list.
    counts: postings.map((p) => (p ? p.split(' ').length : 0)),
    shardStarts,
    fragmentSize,
    fragmentBytes: fragments.map((bytes) => bytes.length),
    packStarts,
    hash,
  };
  return { index, files };
}

/** The search index alone (one file, or the manifest of a sharded index). */
export function buildSearchPayload(records: SearchRecord[], articles: ArticleInfo[], options: PayloadOptions = {}): SearchPayload {
  return buildSearchFiles(records, articles, options).index;
}

/** The site's search files, built once per build process (the manifest route and the files route share them). */
export const searchFilesFor = oncePerProcess('search', (lib: AnnotatedLibrary): SearchFiles => buildSearchFiles(buildSearchRecords(lib), articleInfo(lib)));

/** The site's search index: records of the annotated library, in one file or as a manifest. */
export function searchPayloadFor(lib: AnnotatedLibrary, options: PayloadOptions = {}): SearchPayload {
  if (Object.keys(options).length === 0) return searchFilesFor(lib).index;
  return buildSearchPayload(buildSearchRecords(lib), articleInfo(lib), options);
}
