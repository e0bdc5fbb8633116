import { useEffect, useState } from 'react';
import { COMPARE_PACK_VERSION, type CompareArticleList } from '@/lib/compare/packs';
import type { CompareArticle } from '@/lib/compare/types';
import { isArticleSlug } from '@/lib/ids';
import { isObject } from '@/lib/fetch-json';
import { compareArticlesHref, readingListDataHref, readingListPackHref } from '@/lib/links';

const isIndex = (v: unknown, count: number) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < count;

const isArticle = (x: unknown, packs: number, texts: number): x is CompareArticleList['articles'][number] =>
  isObject(x) &&
  isArticleSlug(x.slug) &&
  ['title', 'outlet', 'published'].every((k) => typeof x[k] === 'string') &&
  isIndex(x.pack, packs) &&
  isIndex(x.text, texts);

const isPackName = (x: unknown) => typeof x === 'string' && /^[a-z0-9-]+\.json$/.test(x);
/** A file of the reading lists' texts: their core, or one of their packs (lib/links.ts). */
const isTextFile = (x: unknown) => typeof x === 'string' && (x === readingListDataHref() || (x.startsWith(readingListPackHref('')) && isPackName(x.slice(readingListPackHref('').length))));

function isList(value: unknown): value is CompareArticleList {
  if (!isObject(value)) return false;
  const { version, articles, packs, texts } = value;
  return (
    version === COMPARE_PACK_VERSION &&
    Array.isArray(packs) &&
    packs.every(isPackName) &&
    Array.isArray(texts) &&
    texts.every(isTextFile) &&
    Array.isArray(articles) &&
    articles.length > 0 &&
    articles.every((a) => isArticle(a, packs.length, texts.length))
  );
}

let loaded: CompareArticleList | undefined;
let loading: Promise<CompareArticleList> | undefined;

/**
 * The list of every article and the packs that hold their comparison data (/compare-articles.json), fetched once
 * per page. A failed load rejects with a readable message and is forgotten, so a later call tries again.
 */
export function loadCompareList(): Promise<CompareArticleList> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= (async () => {
    let response: Response;
    try {
      response = await fetch(compareArticlesHref());
    } catch {
      throw new Error('the list of articles could not be fetched; the connection may be down');
    }
    if (!response.ok) throw new Error(`the list of articles did not load (HTTP ${response.status})`);
    let value: unknown;
    try {
      value = await response.json();
    } catch {
      throw new Error('the list of articles is not valid JSON');
    }
    if (!isList(value)) throw new Error('the list of articles is not in the expected form');
    loaded = value;
    return value;
  })().finally(() => {
    loading = undefined;
  });
  return loading;
}

/** The articles of the list, without where their data is. */
export const loadCompareArticles = (): Promise<CompareArticle[]> => loadCompareList().then((list) => list.articles);

export type ArticleList = { articles?: CompareArticle[]; error?: string };

/** The article list for the pickers: undefined until it arrives, or the reason it did not. */
export function useCompareArticles(): ArticleList {
  const [list, setList] = useState<ArticleList>(() => (loaded ? { articles: loaded.articles } : {}));
  useEffect(() => {
    if (list.articles) return;
    let current = true;
    loadCompareArticles().then(
      (articles) => current && setList({ articles }),
      (error: unknown) => current && setList({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [list.articles]);
  return list;
}
