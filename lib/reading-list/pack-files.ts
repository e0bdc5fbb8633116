import type { AnnotatedLibrary } from '../annotate/types';
import { oncePerProcess } from '../build-cache';
import { hashedPacks } from '../hashed-packs';
import { getLibrary } from '../library';
import { articleHead, READING_DATA_VERSION, READING_PACK_SIZE, readingListData, type ReadingListCore, type ReadingListData, type ReadingListPack } from './data';

/**
 * The reading-list data as it is served (data.ts): the core, and the packs (file name → JSON) it names, eight
 * articles to a pack in publication order, each named by a hash of its content (`t<k>-<hash>.json`); or, for a
 * library of one pack, the core alone with the texts in it.
 */
export function packReadingListData(data: ReadingListData, size = READING_PACK_SIZE): { core: ReadingListCore; files: Map<string, string> } {
  const heads = data.articles.map((a, i) => articleHead(a, Math.floor(i / size)));
  const { claims, themes } = data;
  if (data.articles.length <= size) return { core: { version: READING_DATA_VERSION, articles: heads, packs: [], texts: data.articles, claims, themes }, files: new Map() };
  const { names, files } = hashedPacks(data.articles, size, 't', (articles): ReadingListPack => ({ version: READING_DATA_VERSION, articles }));
  return { core: { version: READING_DATA_VERSION, articles: heads, packs: names, claims, themes }, files };
}

const filesOf = oncePerProcess('reading list', (library: AnnotatedLibrary) => packReadingListData(readingListData(library)));

/** The core and the packs of the site's library, made once per build process for all the routes that serve them. */
export const getReadingListFiles = () => filesOf(getLibrary());
