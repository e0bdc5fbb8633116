import { hashedPacks } from '../hashed-packs';
import { readingListDataHref, readingListPackHref } from '../links';
import type { ReadingListCore } from '../reading-list/data';
import { COMPARE_PACK_SIZE, COMPARE_PACK_VERSION, packOf, type CompareArticleList } from './packs';
import type { CompareData } from './types';

/**
 * The packs (file name → JSON) and the article list that names them, from the build's comparison data, and the
 * reading lists' files that hold the texts, as their core names them (lib/reading-list/pack-files.ts): a pack of
 * texts per article, or with one pack in all, the core itself.
 */
export function packCompareData(
  data: CompareData,
  readingList: Pick<ReadingListCore, 'articles' | 'packs'>,
  size = COMPARE_PACK_SIZE,
): { list: CompareArticleList; files: Map<string, string> } {
  const slugs = data.articles.map((a) => a.slug);
  const { names: packs, files } = hashedPacks(slugs, size, 'c', (slice) => packOf(slice, data));
  const texts = readingList.packs.length ? readingList.packs.map(readingListPackHref) : [readingListDataHref()];
  const textOf = new Map(readingList.articles.map((a) => [a.slug, readingList.packs.length ? a.pack : 0]));
  return {
    list: {
      version: COMPARE_PACK_VERSION,
      articles: data.articles.map((a, i) => {
        const text = textOf.get(a.slug);
        if (text === undefined) throw new Error(`compare: the reading lists' texts do not hold the article "${a.slug}"`);
        return { ...a, pack: Math.floor(i / size), text };
      }),
      packs,
      texts,
    },
    files,
  };
}
