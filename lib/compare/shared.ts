import type { ArticleCompareData, ArticleItem, CompareArticle, ItemKey, ItemKind, PairView, PassageExcerpt } from './types';
import { COMPARE_DATA_VERSION, itemKinds } from './types';
import { entityRef, isEntrySlug, type ArticleSlug } from '../ids';
import { isObject } from '../fetch-json';

/**
 * The items two articles share, by kind: the keys present in both articles' files. Most passages in the two
 * articles first (one excerpt per passage), then by label. The same function runs on the server (the prerendered
 * default pair, tests) and in the browser (any other pair, from the two fetched files).
 */
export function sharedBetween(left: ArticleCompareData, right: ArticleCompareData): Record<ItemKind, ItemKey[]> {
  const result = Object.fromEntries(itemKinds.map((k) => [k, [] as ItemKey[]])) as Record<ItemKind, ItemKey[]>;
  if (left.article === right.article) return result;
  for (const [key, item] of Object.entries(left.items) as [ItemKey, ArticleItem][]) {
    if (Object.hasOwn(right.items, key)) result[item.kind].push(key);
  }
  const passages = (key: ItemKey) => left.items[key]!.excerpts.length + right.items[key]!.excerpts.length;
  for (const kind of itemKinds) {
    result[kind].sort((x, y) => passages(y) - passages(x) || left.items[x]!.label.localeCompare(left.items[y]!.label));
  }
  return result;
}

/** The comparison of two articles, `left` on the left, from their two files. */
export function pairViewOf(
  left: CompareArticle,
  right: CompareArticle,
  leftData: ArticleCompareData,
  rightData: ArticleCompareData,
): PairView {
  if (left.slug === right.slug) throw new Error(`no comparison of "${left.slug}" with itself`);
  if (leftData.article !== left.slug || rightData.article !== right.slug) {
    throw new Error(`the comparison files are for "${leftData.article}" and "${rightData.article}", not "${left.slug}" and "${right.slug}"`);
  }
  const shared = sharedBetween(leftData, rightData);
  return {
    left,
    right,
    groups: itemKinds.map((kind) => ({
      kind,
      items: shared[kind].map((key) => {
        const { excerpts: leftExcerpts, ...item } = leftData.items[key]!;
        return { key, ...item, left: leftExcerpts, right: rightData.items[key]!.excerpts };
      }),
    })),
  };
}

/** The same comparison with the sides swapped (what is shared, and its order, does not depend on the sides). */
export function swapSides(view: PairView): PairView {
  return {
    left: view.right,
    right: view.left,
    groups: view.groups.map((g) => ({ kind: g.kind, items: g.items.map((item) => ({ ...item, left: item.right, right: item.left })) })),
  };
}

const isSiteHref = (v: unknown) => typeof v === 'string' && v.startsWith('/') && !v.startsWith('//');

function isExcerpt(v: unknown): v is PassageExcerpt {
  return (
    isObject(v) &&
    Number.isInteger(v.n) &&
    typeof v.passageId === 'string' &&
    isSiteHref(v.href) &&
    (v.note === undefined || typeof v.note === 'string') &&
    Array.isArray(v.segments) &&
    v.segments.every((s) => isObject(s) && typeof s.text === 'string' && (s.mark === undefined || s.mark === true))
  );
}

function isItem(key: string, v: unknown): v is ArticleItem {
  return (
    isObject(v) &&
    itemKinds.includes(v.kind as ItemKind) &&
    isEntrySlug(v.slug) &&
    key === entityRef(v.kind as ItemKind, v.slug) &&
    typeof v.label === 'string' &&
    isSiteHref(v.href) &&
    Array.isArray(v.excerpts) &&
    v.excerpts.every(isExcerpt)
  );
}

/**
 * Whether a value read out of a pack from /compare-data/ (./packs.ts) is that article's comparison data, in every field the
 * page renders; anything else (an HTML error page, a truncated or stale file) is refused rather than rendered.
 */
export function isArticleCompareData(value: unknown, article: ArticleSlug): value is ArticleCompareData {
  return (
    isObject(value) &&
    value.version === COMPARE_DATA_VERSION &&
    value.article === article &&
    isObject(value.items) &&
    Object.entries(value.items).every(([key, item]) => isItem(key, item))
  );
}
