import { useEffect, useState } from 'react';
import type { CompareArticle } from '@/lib/compare/types';
import { isArticleSlug } from '@/lib/ids';
import { compareArticlesHref } from '@/lib/links';

const isArticle = (x: unknown): x is CompareArticle =>
  typeof x === 'object' &&
  x !== null &&
  isArticleSlug((x as Record<string, unknown>).slug) &&
  ['title', 'outlet', 'published'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string');

let loaded: CompareArticle[] | undefined;
let loading: Promise<CompareArticle[]> | undefined;

/**
 * The list of every article (/compare-articles.json), fetched once per page. A failed load rejects with a
 * readable message and is forgotten, so a later call tries again.
 */
export function loadCompareArticles(): Promise<CompareArticle[]> {
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
    if (!Array.isArray(value) || !value.length || !value.every(isArticle)) throw new Error('the list of articles is not in the expected form');
    loaded = value;
    return value;
  })().finally(() => {
    loading = undefined;
  });
  return loading;
}

export type ArticleList = { articles?: CompareArticle[]; error?: string };

/** The article list for the pickers: undefined until it arrives, or the reason it did not. */
export function useCompareArticles(): ArticleList {
  const [list, setList] = useState<ArticleList>(() => (loaded ? { articles: loaded } : {}));
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
