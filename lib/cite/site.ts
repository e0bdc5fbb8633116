import type { ArticleCitations } from './index';
import { formatCitations } from './engine';
import { cslRecord, type CslRecord } from './record';
import type { ArticleFrontMatter } from '../content/schema';

type Articles = { articles: ArticleFrontMatter[] };
const cache = new WeakMap<Articles, { records: CslRecord[]; citations: Map<string, ArticleCitations> }>();

function forLibrary(library: Articles) {
  let entry = cache.get(library);
  if (!entry) {
    const records = library.articles.map(cslRecord);
    entry = { records, citations: formatCitations(records) };
    cache.set(library, entry);
  }
  return entry;
}

/** Every article's citations in every style, formatted once per library (build time). */
export const siteCitations = (library: Articles): Map<string, ArticleCitations> => forLibrary(library).citations;

/** Every article's CSL-JSON record, made once per library. */
export const siteRecords = (library: Articles): CslRecord[] => forLibrary(library).records;
