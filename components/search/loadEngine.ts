import type { ByteRange, SearchEngine } from '@/lib/search/engine';
import { searchIndexHref } from '@/lib/links';
import { SEARCH_DATA_PATH } from '@/lib/search/payload';

/** Where the build puts the index, or the manifest of a sharded index (app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = searchIndexHref();

let loading: Promise<SearchEngine> | null = null;

/** Packs a server sent whole (it ignored a range request), kept so that each is downloaded once. */
const wholeFiles = new Map<string, Promise<Uint8Array>>();

/**
 * Fetches a file of a sharded index (app/search-data/[file]/route.ts; the names are content hashes): a word shard
 * or the entries' articles as JSON, or with a range the bytes of some fragments from a pack. A server that
 * answers a range request with the whole file (200) is read from that one download from then on: requests
 * already on their way when it came drop their own copy as soon as their answer starts.
 */
export async function fetchSearchFile(file: string, range?: ByteRange): Promise<unknown> {
  const url = `${SEARCH_DATA_PATH}${encodeURIComponent(file)}`;
  const failed = (status: number) => new Error(`part of the search index did not load (${file}: HTTP ${status})`);
  if (!range) {
    const response = await fetch(url);
    if (!response.ok) throw failed(response.status);
    return response.json();
  }
  const known = wholeFiles.get(file);
  if (known) return (await known).subarray(range.start, range.end);
  // Each range has an address of its own (the query string, which static hosts ignore): Chromium's HTTP cache,
  // asked for ranges of one address that overlap ranges it holds in part, sometimes gave a 206 with part of the
  // body missing (docs-bench.md, 2026-12-04). One range per address is stored and given back whole.
  const bytes = `bytes=${range.start}-${range.end - 1}`;
  const ask = (cache: RequestCache) => fetch(`${url}?${bytes}`, { headers: { Range: bytes }, cache });
  let response = await ask('default');
  if (response.status === 206) {
    let body = new Uint8Array(await response.arrayBuffer());
    // A short body all the same: once more, past the cache.
    if (body.length !== range.end - range.start) {
      response = await ask('no-store');
      if (response.status === 206) body = new Uint8Array(await response.arrayBuffer());
      else if (response.status !== 200) throw failed(response.status);
    }
    if (response.status === 206) return body;
  }
  if (response.status !== 200) throw failed(response.status);
  let whole = wholeFiles.get(file);
  if (whole) {
    void response.body?.cancel();
  } else {
    whole = response.arrayBuffer().then((b) => new Uint8Array(b));
    wholeFiles.set(file, whole);
    whole.catch(() => wholeFiles.delete(file));
  }
  return (await whole).subarray(range.start, range.end);
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
