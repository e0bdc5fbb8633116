import { excerpt } from './excerpt';
import type { ArticleCompareData, CompareItem, ItemKey, Occurrence, PassageExcerpt } from './types';
import { COMPARE_DATA_VERSION } from './types';
import { passageId, type ArticleSlug } from '../ids';
import { passageHref } from '../links';

/**
 * One article's comparison data as the page works with it, from its occurrences and its passages' texts: each
 * occurrence becomes an excerpt of its passage with the ranges marked. The same function runs on the server (the
 * default pair, tests) and in the browser (any other pair, from the packs and the reading lists' texts).
 */
export function articleDataOf(
  article: ArticleSlug,
  occurrences: Record<ItemKey, Occurrence[]>,
  itemOf: (key: ItemKey) => CompareItem,
  textOf: (n: number) => string,
): ArticleCompareData {
  const items: ArticleCompareData['items'] = {};
  for (const [key, list] of Object.entries(occurrences) as [ItemKey, Occurrence[]][]) {
    const excerpts: PassageExcerpt[] = list.map(({ n, r, note }) => ({
      n,
      passageId: passageId(n),
      href: passageHref(article, n),
      segments: excerpt(textOf(n), r.map(([start, end]) => ({ start, end }))),
      ...(note ? { note } : {}),
    }));
    items[key] = { ...itemOf(key), excerpts };
  }
  return { version: COMPARE_DATA_VERSION, article, items };
}
