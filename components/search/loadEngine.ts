import type { SearchEngine } from '@/lib/search/engine';
import { searchIndexHref } from '@/lib/links';

/** Where the build puts the index (app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = searchIndexHref();

let loading: Promise<SearchEngine> | null = null;

/**
 * The search engine, loaded on first use: the engine code and Fuse.js arrive as a separate chunk (dynamic
 * import) together with the prebuilt index, so pages that never search never download either. Later calls
 * share the same promise; a failed load (offline) is forgotten so that the next call tries again.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= (async () => {
    const [{ createSearchEngine }, response] = await Promise.all([import('@/lib/search/engine'), fetch(SEARCH_INDEX_URL)]);
    if (!response.ok) throw new Error(`the search index did not load (HTTP ${response.status})`);
    return createSearchEngine(await response.json());
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
