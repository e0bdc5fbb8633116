import { getLibrary } from '../library';
import { buildCompareData } from './build';
import type { CompareData } from './types';

export type { ArticleCompareData, CompareData, PairView, SharedItemView, PassageExcerpt, CompareArticle, ItemKind } from './types';
export { readPair, resolvePair, allPairs, pairingLinks } from './pairs';
export { sharedBetween, pairViewOf, isArticleCompareData } from './shared';

let cached: CompareData | undefined;

/** The article list and each article's comparison file (its shareable items and their excerpts), once per build. */
export function getCompareData(): CompareData {
  cached ??= buildCompareData(getLibrary());
  return cached;
}
