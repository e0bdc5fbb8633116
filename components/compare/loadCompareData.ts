import { isArticleCompareData } from '@/lib/compare/shared';
import type { ArticleCompareData } from '@/lib/compare/types';
import { compareDataHref } from '@/lib/links';
import type { ArticleSlug } from '@/lib/ids';

/** Where the build puts each article's comparison file (app/compare-data/[file]/route.ts). */
export const compareDataUrl = compareDataHref;

/** Files already loaded, by article slug: read synchronously, so a pair seen before shows without a loading state. */
const loaded = new Map<ArticleSlug, ArticleCompareData>();
/** Loads under way, so that each article's file is fetched once however many pairs ask for it. */
const loading = new Map<ArticleSlug, Promise<ArticleCompareData>>();

export function loadedCompareData(slug: ArticleSlug): ArticleCompareData | undefined {
  return loaded.get(slug);
}

/**
 * An article's comparison file, fetched on first use and kept for the life of the page. A failed load (offline, a
 * missing or malformed file) rejects with a readable message and is forgotten, so choosing the pair again retries.
 */
export function loadCompareData(slug: ArticleSlug): Promise<ArticleCompareData> {
  const done = loaded.get(slug);
  if (done) return Promise.resolve(done);
  let pending = loading.get(slug);
  if (!pending) {
    pending = (async () => {
      let response: Response;
      try {
        response = await fetch(compareDataUrl(slug));
      } catch {
        throw new Error('the file for this article could not be fetched; the connection may be down');
      }
      if (!response.ok) throw new Error(`the file for this article did not load (HTTP ${response.status})`);
      let value: unknown;
      try {
        value = await response.json();
      } catch {
        throw new Error('the file for this article is not valid JSON');
      }
      if (!isArticleCompareData(value, slug)) throw new Error('the file for this article is not in the expected form');
      loaded.set(slug, value);
      return value;
    })();
    loading.set(slug, pending);
    pending.then(
      () => loading.delete(slug),
      () => loading.delete(slug),
    );
  }
  return pending;
}
