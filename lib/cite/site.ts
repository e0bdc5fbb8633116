import type { ArticleCitations } from './index';
import { oncePerProcess } from '../build-cache';
import { formatCitations } from './engine';
import { cslRecord, type CslRecord } from './record';
import type { ArticleFrontMatter } from '../content/schema';

type Articles = { articles: ArticleFrontMatter[] };
/** Records and citations once per library and process (lib/build-cache.ts), whichever bundle asks. */
const forLibrary = oncePerProcess('citations', (library: Articles): { records: CslRecord[]; citations: Map<string, ArticleCitations> } => {
  const records = library.articles.map(cslRecord);
  return { records, citations: formatCitations(records) };
});

/** Every article's citations in every style, formatted once per library (build time). */
export const siteCitations = (library: Articles): Map<string, ArticleCitations> => forLibrary(library).citations;

/** Every article's CSL-JSON record, made once per library. */
export const siteRecords = (library: Articles): CslRecord[] => forLibrary(library).records;
