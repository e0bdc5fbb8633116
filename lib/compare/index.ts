import { getLibrary } from '../library';
import { buildCompareData } from './build';
import type { CompareData } from './types';

export type { ArticleCompareData, CompareData, PairView, SharedItemView, PassageExcerpt, CompareArticle, ItemKind } from './types';
export { readPair, resolvePair, allPairs, pairingLinks } from './pairs';
export { sharedBetween, pairViewOf, isArticleCompareData } from './shared';

/** The pair /compare shows when no pair is chosen, and the one prerendered for readers without JavaScript. */
export const defaultPair: [string, string] = ['nyt-dystopian-dreams', 'time-surveillance-state'];

let cached: CompareData | undefined;

/** The article list and each article's comparison file (its shareable items and their excerpts), once per build. */
export function getCompareData(): CompareData {
  cached ??= buildCompareData(getLibrary(), defaultPair);
  return cached;
}
