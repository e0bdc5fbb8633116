import { articleDataOf } from './article-data';
import { isArticleCompareData } from './shared';
import type { ArticleCompareData, CompareArticle, CompareData, ItemKey, Occurrence } from './types';
import { parseEntityRef, type ArticleSlug } from '../ids';
import { entityHref } from '../links';
import { isCount, isObject } from '../fetch-json';
import { READING_DATA_VERSION } from '../reading-list/data';

/**
 * The articles' comparison data in packs: one file per `COMPARE_PACK_SIZE` articles (in publication order)
 * instead of one per article, so an added article costs 1/16 of a file. A pack holds each of its articles'
 * shareable items and, for each, the passages where it occurs with the ranges to mark there; an item's label
 * once per pack; and nothing the browser can work out again (an item's kind, slug and link from its key; an
 * excerpt's anchor and link from its article and number).
 *
 * The passages' texts are not in the packs: they are the reading lists' (lib/reading-list/data.ts), which hold
 * every article's text anyway, so /compare fetches the reading-list file that holds each of its two articles
 * and cuts the excerpts from it (articleDataOf). At 1,000 articles the excerpts the packs used to carry were the
 * same texts a second time, 8.6 kB an article.
 *
 * Each pack is named by a hash of its content (`c<k>-<hash>.json`), so a host may cache it for ever;
 * /compare-articles.json, fetched by /compare anyway, says which pack and which file of texts hold each article.
 */
export const COMPARE_PACK_SIZE = 16;
export const COMPARE_PACK_VERSION = 2;

export type ComparePack = {
  version: typeof COMPARE_PACK_VERSION;
  /** The label of every item that occurs in the pack's articles, by key ("places/beijing"). */
  labels: Record<ItemKey, string>;
  /** Each article's items (those it shares with at least one other article) and where they occur. */
  articles: Record<ArticleSlug, Record<ItemKey, Occurrence[]>>;
};

/** /compare-articles.json: the pickers' list, and where each article's comparison data and text are. */
export type CompareArticleList = {
  version: typeof COMPARE_PACK_VERSION;
  /** Each article with the index of its pack in `packs` and of its file of texts in `texts`. */
  articles: (CompareArticle & { pack: number; text: number })[];
  /** The packs' file names under /compare-data/. */
  packs: string[];
  /** The addresses of the reading lists' files that hold the texts (lib/reading-list/pack-files.ts). */
  texts: string[];
};

export function packOf(slugs: ArticleSlug[], data: Pick<CompareData, 'labels' | 'occurrences'>): ComparePack {
  const labels: Record<ItemKey, string> = {};
  const articles: ComparePack['articles'] = {};
  for (const slug of slugs) {
    const items = data.occurrences[slug] ?? {};
    for (const key of Object.keys(items) as ItemKey[]) labels[key] = data.labels[key]!;
    articles[slug] = items;
  }
  return { version: COMPARE_PACK_VERSION, labels, articles };
}

/**
 * An article's passages' texts by number, out of a fetched reading-list file of this build's version: a pack
 * (`articles`) or, for a library of one pack, the core (`texts`). Null when the file does not hold the article in
 * the expected form.
 */
function passageTextsFrom(file: unknown, slug: ArticleSlug): Map<number, string> | null {
  if (!isObject(file) || file.version !== READING_DATA_VERSION) return null;
  // The core names every article in `articles` (without texts) and holds the texts in `texts`; a pack, in `articles`.
  const list = Array.isArray(file.texts) ? file.texts : Array.isArray(file.articles) ? file.articles : null;
  const article: unknown = list?.find((a: unknown) => isObject(a) && a.slug === slug);
  if (!isObject(article) || !Array.isArray(article.passages)) return null;
  const texts = new Map<number, string>();
  for (const p of article.passages as unknown[]) {
    if (!isObject(p) || !Number.isInteger(p.n) || typeof p.text !== 'string') return null;
    texts.set(p.n as number, p.text);
  }
  return texts;
}

/** Whether a pack's occurrences of one item are in the expected form, each range inside its passage's text. */
function isOccurrences(value: unknown, texts: Map<number, string>): value is Occurrence[] {
  return (
    Array.isArray(value) &&
    value.every((o: unknown) => {
      if (!isObject(o) || !Number.isInteger(o.n) || !Array.isArray(o.r) || (o.note !== undefined && typeof o.note !== 'string')) return false;
      const text = texts.get(o.n as number);
      return (
        text !== undefined &&
        o.r.every((r: unknown) => Array.isArray(r) && r.length === 2 && isCount(r[0]) && isCount(r[1]) && r[0] < r[1] && r[1] <= text.length)
      );
    })
  );
}

/**
 * One article's comparison data, in the form the page works with (ArticleCompareData), out of a fetched pack and
 * the fetched reading-list file that holds its text; or null when either is not what it should be or lacks the
 * article, or a range falls outside its passage. The result is checked field by field (isArticleCompareData), so
 * a truncated, stale or hand-made file is refused rather than rendered.
 */
export function articleFromPacks(pack: unknown, textFile: unknown, slug: ArticleSlug): ArticleCompareData | null {
  if (!isObject(pack) || pack.version !== COMPARE_PACK_VERSION || !isObject(pack.labels) || !isObject(pack.articles)) return null;
  const packed = pack.articles[slug];
  const texts = passageTextsFrom(textFile, slug);
  if (!isObject(packed) || !texts) return null;
  const labels = pack.labels;
  for (const [key, occurrences] of Object.entries(packed)) {
    if (!parseEntityRef(key) || typeof labels[key] !== 'string' || !isOccurrences(occurrences, texts)) return null;
  }
  const data = articleDataOf(
    slug,
    packed as Record<ItemKey, Occurrence[]>,
    (key) => {
      const { collection, slug: entry } = parseEntityRef(key)!;
      return { kind: collection, slug: entry, label: labels[key] as string, href: entityHref(collection, entry) };
    },
    (n) => texts.get(n)!,
  );
  return isArticleCompareData(data, slug) ? data : null;
}
