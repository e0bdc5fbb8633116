import type { Segment } from './excerpt';
import { isArticleCompareData } from './shared';
import type { ArticleCompareData, CompareArticle, CompareData, ItemKey } from './types';
import { COMPARE_DATA_VERSION } from './types';
import { parseEntityRef, passageId, type ArticleSlug } from '../ids';
import { entityHref, passageHref } from '../links';
import { isObject } from '../fetch-json';

/**
 * The articles' comparison data in packs: one file per `COMPARE_PACK_SIZE` articles (in publication order)
 * instead of one per article, so an added article costs 1/16 of a file. A pack holds each of its articles'
 * items and excerpts in a compact form: an item's label once per pack, and nothing the browser can work out
 * again (an item's kind, slug and link from its key; an excerpt's anchor and link from its article and
 * number). Each pack is named by a hash of its content (`c<k>-<hash>.json`), so a host may cache it for ever;
 * /compare-articles.json, fetched by /compare anyway, says which pack holds each article.
 */
export const COMPARE_PACK_SIZE = 16;
export const COMPARE_PACK_VERSION = 1;

/** One excerpt of a pack: the passage number, the excerpt's runs, and for claims how the evidence relates. */
export type PackedExcerpt = { n: number; s: Segment[]; note?: string };

export type ComparePack = {
  version: typeof COMPARE_PACK_VERSION;
  /** The label of every item that occurs in the pack's articles, by key ("places/beijing"). */
  labels: Record<ItemKey, string>;
  /** Each article's items (those it shares with at least one other article) and their excerpts. */
  articles: Record<ArticleSlug, Record<ItemKey, PackedExcerpt[]>>;
};

/** /compare-articles.json: the pickers' list, and where each article's comparison data is. */
export type CompareArticleList = {
  version: typeof COMPARE_PACK_VERSION;
  /** Each article with the index of its pack in `packs`. */
  articles: (CompareArticle & { pack: number })[];
  /** The packs' file names under /compare-data/. */
  packs: string[];
};

export function packOf(slugs: ArticleSlug[], byArticle: CompareData['byArticle']): ComparePack {
  const labels: Record<ItemKey, string> = {};
  const articles: ComparePack['articles'] = {};
  for (const slug of slugs) {
    const items: Record<ItemKey, PackedExcerpt[]> = {};
    for (const [key, item] of Object.entries(byArticle[slug]?.items ?? {}) as [ItemKey, ArticleCompareData['items'][ItemKey]][]) {
      labels[key] = item.label;
      items[key] = item.excerpts.map((e) => ({ n: e.n, s: e.segments, ...(e.note ? { note: e.note } : {}) }));
    }
    articles[slug] = items;
  }
  return { version: COMPARE_PACK_VERSION, labels, articles };
}

/**
 * One article's comparison data out of a fetched pack, in the form the page works with (ArticleCompareData),
 * or null when the pack is not a pack or lacks the article. The result is checked field by field
 * (isArticleCompareData), so a truncated, stale or hand-made file is refused rather than rendered.
 */
export function articleFromPack(pack: unknown, slug: ArticleSlug): ArticleCompareData | null {
  if (!isObject(pack) || pack.version !== COMPARE_PACK_VERSION || !isObject(pack.labels) || !isObject(pack.articles)) return null;
  const packed = pack.articles[slug];
  if (!isObject(packed)) return null;
  const items: Record<string, unknown> = {};
  for (const [key, excerpts] of Object.entries(packed)) {
    const ref = parseEntityRef(key);
    if (!ref || !Array.isArray(excerpts)) return null;
    items[key] = {
      kind: ref.collection,
      slug: ref.slug,
      label: pack.labels[key],
      href: entityHref(ref.collection, ref.slug),
      excerpts: excerpts.map((e: unknown) =>
        isObject(e) && Number.isInteger(e.n)
          ? { n: e.n, passageId: passageId(e.n as number), href: passageHref(slug, e.n as number), segments: e.s, ...(e.note === undefined ? {} : { note: e.note }) }
          : e,
      ),
    };
  }
  const data = { version: COMPARE_DATA_VERSION, article: slug, items };
  return isArticleCompareData(data, slug) ? data : null;
}
