import { getLibrary } from '../library';
import { buildCompareData } from './build';
import type { CompareData } from './types';
import { packCompareData } from './pack-files';

export type { ArticleCompareData, CompareData, PairView, SharedItemView, PassageExcerpt, CompareArticle, ItemKind } from './types';
export { readPair, resolvePair, allPairs, pairingLinks } from './pairs';
export { sharedBetween, pairViewOf, isArticleCompareData } from './shared';

let cached: CompareData | undefined;

/** The article list and each article's comparison file (its shareable items and their excerpts), once per build. */
export function getCompareData(): CompareData {
  cached ??= buildCompareData(getLibrary());
  return cached;
}

let packed: ReturnType<typeof packCompareData> | undefined;

/** The comparison data in packs (/compare-data/<name>.json) and the article list that names them, once per build. */
export function getComparePacks(): ReturnType<typeof packCompareData> {
  packed ??= packCompareData(getCompareData());
  return packed;
}
