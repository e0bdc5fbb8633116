import { oncePerProcess } from '../build-cache';
import { getLibrary } from '../library';
import { buildCompareData } from './build';
import type { CompareData } from './types';
import { packCompareData } from './pack-files';
import { getReadingListFiles } from '../reading-list/pack-files';

export type { ArticleCompareData, CompareData, PairView, SharedItemView, PassageExcerpt, CompareArticle, ItemKind } from './types';
export { readPair, resolvePair, allPairs, pairingLinks } from './pairs';
export { sharedBetween, pairViewOf, isArticleCompareData } from './shared';

const compareOf = oncePerProcess('compare', buildCompareData);
const packsOf = oncePerProcess('compare packs', (data: CompareData) => packCompareData(data, getReadingListFiles().core));

/** The article list and each article's comparison file (its shareable items and their excerpts), once per build. */
export function getCompareData(): CompareData {
  return compareOf(getLibrary());
}

/** The comparison data in packs (/compare-data/<name>.json) and the article list that names them, once per build. */
export function getComparePacks(): ReturnType<typeof packCompareData> {
  return packsOf(getCompareData());
}
