import { isArticleSlug, isEntrySlug } from '@/lib/ids';
import { indexDataHref } from '@/lib/links';
import { INDEX_ARTICLE_DATA_VERSION, type IndexArticle, type IndexArticleData, type IndexCollection } from '@/lib/indexes/types';

/** The article filter's list, ready to use: the articles, and for each one the entries it names. */
export type IndexArticles = { articles: IndexArticle[]; entriesOf: Map<string, Set<string>> };

const isArticle = (x: unknown): x is IndexArticle =>
  typeof x === 'object' &&
  x !== null &&
  isArticleSlug((x as Record<string, unknown>).slug) &&
  ['title', 'outlet', 'published'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string');

function check(value: unknown, collection: IndexCollection): IndexArticles {
  const data = value as Partial<IndexArticleData> | null;
  if (
    typeof data !== 'object' ||
    data === null ||
    data.version !== INDEX_ARTICLE_DATA_VERSION ||
    data.collection !== collection ||
    !Array.isArray(data.articles) ||
    !data.articles.every(isArticle) ||
    typeof data.members !== 'object' ||
    data.members === null
  )
    throw new Error('the file is not in the expected form');
  const entriesOf = new Map<string, Set<string>>(data.articles.map((a) => [a.slug, new Set<string>()]));
  for (const [entry, numbers] of Object.entries(data.members)) {
    if (!isEntrySlug(entry) || !Array.isArray(numbers)) throw new Error('the file is not in the expected form');
    for (const n of numbers) {
      const article = typeof n === 'number' ? data.articles[n] : undefined;
      if (!article) throw new Error('the file is not in the expected form');
      entriesOf.get(article.slug)!.add(entry);
    }
  }
  return { articles: data.articles, entriesOf };
}

const loaded = new Map<IndexCollection, IndexArticles>();
const loading = new Map<IndexCollection, Promise<IndexArticles>>();

/**
 * The article filter's list of one index (/index-data/<collection>.json), fetched once per page. A failed load
 * rejects with a readable message and is forgotten, so a later call tries again.
 */
export function loadIndexArticles(collection: IndexCollection): Promise<IndexArticles> {
  const done = loaded.get(collection);
  if (done) return Promise.resolve(done);
  let pending = loading.get(collection);
  if (!pending) {
    pending = (async () => {
      let response: Response;
      try {
        response = await fetch(indexDataHref(collection));
      } catch {
        throw new Error('it could not be fetched; the connection may be down');
      }
      if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
      let value: unknown;
      try {
        value = await response.json();
      } catch {
        throw new Error('the file is not valid JSON');
      }
      const articles = check(value, collection);
      loaded.set(collection, articles);
      return articles;
    })().finally(() => loading.delete(collection));
    loading.set(collection, pending);
  }
  return pending;
}
