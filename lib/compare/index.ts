import { getLibrary } from '../library';
import { buildCompareData } from './build';
import type { CompareData } from './types';

export type { CompareData, PairView, SharedItemView, PassageExcerpt, CompareArticle, ItemKind } from './types';
export { readPair, resolvePair, allPairs, pairKey } from './pairs';

/** The pair /compare shows when no pair is chosen, and the one prerendered for readers without JavaScript. */
export const defaultPair: [string, string] = ['nyt-dystopian-dreams', 'time-surveillance-state'];

let cached: CompareData | undefined;

/** Every pairing's shared places, people, organizations, themes and claims, computed once per build. */
export function getCompareData(): CompareData {
  cached ??= buildCompareData(getLibrary(), defaultPair);
  return cached;
}
