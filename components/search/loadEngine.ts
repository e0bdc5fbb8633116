import type { ByteRange, SearchEngine } from '@/lib/search/engine';
import { searchIndexHref } from '@/lib/links';
import { SEARCH_DATA_PATH } from '@/lib/search/payload';

/** Where the build puts the index, or the manifest of a sharded index (app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = searchIndexHref();

let loading: Promise<SearchEngine> | null = null;

/** Packs a server sent whole (it ignored a range request), kept so that each is downloaded once a page. */
const wholeFiles = new Map<string, Promise<Uint8Array>>();

/**
 * Where the server was found to ignore range requests, the hash of that build's packs is kept in the browser
 * (nothing about the reader: the same for everyone who visits). Later pages then fetch each pack whole from
 * its own address, which the browser's cache keeps, instead of downloading it again under a range's address.
 */
const WHOLE_PACKS_KEY = 'sightlines:search-packs-whole';
const packHash = (file: string) => file.replace(/^r\d+-/, '');
function rangesIgnored(file: string): boolean {
  try {
    return localStorage.getItem(WHOLE_PACKS_KEY) === packHash(file);
  } catch {
    return false;
  }
}
function rememberRangesIgnored(file: string): void {
  try {
    localStorage.setItem(WHOLE_PACKS_KEY, packHash(file));
  } catch {
    // Storage refused (private mode, quota): the pack is read whole on each page instead.
  }
}

/** A response's body as bytes, or an error naming the file when the connection breaks while it comes. */
async function bodyOf(response: Response, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    throw new Error(`part of the search index did not load (${file}: the connection broke)`);
  }
}

const failedToLoad = (file: string, status: number) => new Error(`part of the search index did not load (${file}: HTTP ${status})`);

/** Keeps a whole pack as it arrives, for every later range of this page; a failed download is forgotten. */
function keepWhole(file: string, response: Promise<Response>): Promise<Uint8Array> {
  const whole = response.then((r) => {
    if (!r.ok) throw failedToLoad(file, r.status);
    return bodyOf(r, file);
  });
  wholeFiles.set(file, whole);
  whole.catch(() => wholeFiles.delete(file));
  return whole;
}

/**
 * Fetches a file of a sharded index (app/search-data/[file]/route.ts; the names are content hashes): a word shard
 * or the entries' articles as JSON, or with a range the bytes of one fragment from a pack. A server that
 * answers a range request with the whole file (200) is read from that one download for the rest of the page
 * (requests already on their way drop their own copy as soon as their answer starts), and later pages fetch
 * the pack whole from its own address.
 */
export async function fetchSearchFile(file: string, range?: ByteRange): Promise<unknown> {
  const url = `${SEARCH_DATA_PATH}${encodeURIComponent(file)}`;
  if (!range) {
    const response = await fetch(url);
    if (!response.ok) throw failedToLoad(file, response.status);
    return response.json();
  }
  let whole = wholeFiles.get(file) ?? (rangesIgnored(file) ? keepWhole(file, fetch(url)) : undefined);
  if (whole) return (await whole).subarray(range.start, range.end);
  // Each range has an address of its own (the query string, which a static file server ignores): Chromium's
  // HTTP cache, asked for ranges of one address that overlap ranges it holds in part, sometimes gave a 206 with
  // part of the body missing (docs-bench.md, 2026-12-04). One range per address is stored and given back whole.
  const bytes = `bytes=${range.start}-${range.end - 1}`;
  const ask = (query: string, cache: RequestCache) => fetch(`${url}?${query}`, { headers: { Range: bytes }, cache });
  let response = await ask(bytes, 'default');
  if (response.status === 206) {
    let body = await bodyOf(response, file);
    // A short body all the same: once more, past the cache (and at another address, so that no stored copy of
    // the first can answer).
    if (body.length !== range.end - range.start) {
      response = await ask(`${bytes}&again`, 'no-store');
      if (response.status === 206) body = await bodyOf(response, file);
      else if (response.status !== 200) throw failedToLoad(file, response.status);
    }
    if (response.status === 206) return body;
  }
  if (response.status !== 200) throw failedToLoad(file, response.status);
  rememberRangesIgnored(file);
  whole = wholeFiles.get(file);
  if (whole) void response.body?.cancel();
  else whole = keepWhole(file, Promise.resolve(response));
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
