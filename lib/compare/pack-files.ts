import { hashedPacks } from '../hashed-packs';
import { COMPARE_PACK_SIZE, COMPARE_PACK_VERSION, packOf, type CompareArticleList } from './packs';
import type { CompareData } from './types';

/** The packs (file name → JSON) and the article list that names them, from the build's comparison data. */
export function packCompareData(data: CompareData, size = COMPARE_PACK_SIZE): { list: CompareArticleList; files: Map<string, string> } {
  const slugs = data.articles.map((a) => a.slug);
  const { names: packs, files } = hashedPacks(slugs, size, 'c', (slice) => packOf(slice, data.byArticle));
  return {
    list: { version: COMPARE_PACK_VERSION, articles: data.articles.map((a, i) => ({ ...a, pack: Math.floor(i / size) })), packs },
    files,
  };
}
