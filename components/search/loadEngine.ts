import type { SearchEngine } from '@/lib/search/engine';
import { searchIndexHref } from '@/lib/links';
import { SEARCH_DATA_PATH } from '@/lib/search/payload';

/** Where the build puts the index, or the manifest of a sharded index (app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = searchIndexHref();

let loading: Promise<SearchEngine> | null = null;

/** Fetches a shard or fragment of a sharded index (app/search-data/[file]/route.ts); the names are content hashes. */
async function fetchSearchFile(file: string): Promise<unknown> {
  const response = await fetch(`${SEARCH_DATA_PATH}${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`part of the search index did not load (${file}: HTTP ${response.status})`);
  return response.json();
}

/**
 * The search engine, loaded on first use: the engine code and Fuse.js arrive as a separate chunk (dynamic
 * import) together with the index (or its manifest), so pages that never search never download either. A
 * sharded index fetches the rest as queries need it (SearchEngine.query). Later calls share the same promise;
 * a failed load (offline) is forgotten so that the next call tries again.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= (async () => {
    const [{ createSearchEngine }, response] = await Promise.all([import('@/lib/search/engine'), fetch(SEARCH_INDEX_URL)]);
    if (!response.ok) throw new Error(`the search index did not load (HTTP ${response.status})`);
    return createSearchEngine(await response.json(), fetchSearchFile);
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
