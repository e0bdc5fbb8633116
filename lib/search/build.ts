import Fuse from 'fuse.js';
import { fuseKeys, fuseOptions } from './options';
import { SEARCH_PAYLOAD_VERSION, type FuseIndexJson, type RecordMeta, type SearchPayload } from './payload';
import type { AnnotatedLibrary } from '../annotate/types';
import { articleInfo, buildSearchRecords, type ArticleInfo, type SearchRecord } from './records';
import { buildWordIndex } from './words';

/** What the payload keeps of a record besides its words (those live in the Fuse index). Empty lists are left out. */
function metaOf(record: SearchRecord): RecordMeta {
  if (record.type === 'passage') {
    const { id: _id, text: _text, ...rest } = record;
    const meta: Record<string, unknown> = { ...rest };
    for (const key of ['places', 'people', 'organizations', 'claims', 'themes'] as const) {
      if (rest[key].length === 0) delete meta[key];
    }
    return meta as RecordMeta;
  }
  const { id: _id, name: _name, aliases: _aliases, text: _text, ...rest } = record;
  return rest;
}

/**
 * From this many records on, the word index is built here and shipped; below, the browser builds it from the
 * words already in the Fuse index (a few milliseconds for the four articles) and the download stays small:
 * shipping it would add a third to the gzipped size of the site's index.
 */
export const EMBED_WORD_INDEX_FROM = 5000;

export type PayloadOptions = { embedWordIndex?: boolean };

/**
 * Builds /search-index.json: record metadata, the Fuse index (Fuse.createIndex(...).toJSON()) and, for large
 * libraries, the word index.
 */
export function buildSearchPayload(records: SearchRecord[], articles: ArticleInfo[], options: PayloadOptions = {}): SearchPayload {
  const index = Fuse.createIndex(
    fuseKeys.map((k) => ({ ...k })),
    records,
    { fieldNormWeight: fuseOptions.fieldNormWeight },
  );
  const embed = options.embedWordIndex ?? records.length >= EMBED_WORD_INDEX_FROM;
  return {
    version: SEARCH_PAYLOAD_VERSION,
    articles,
    records: records.map(metaOf),
    fuse: index.toJSON() as unknown as FuseIndexJson,
    ...(embed ? buildWordIndex(records) : {}),
  };
}

/** The site's search index: records of the annotated library, Fuse index, metadata. */
export function searchPayloadFor(lib: AnnotatedLibrary, options: PayloadOptions = {}): SearchPayload {
  return buildSearchPayload(buildSearchRecords(lib), articleInfo(lib), options);
}
