import { articleFromPack } from '@/lib/compare/packs';
import type { ArticleCompareData } from '@/lib/compare/types';
import { compareDataHref } from '@/lib/links';
import { fetchJson } from '@/lib/fetch-json';
import type { ArticleSlug } from '@/lib/ids';
import { loadCompareList } from './loadCompareArticles';

/** Articles already read out of their pack, by slug: read synchronously, so a pair seen before shows at once. */
const loaded = new Map<ArticleSlug, ArticleCompareData>();
/** Packs fetched or being fetched, by file name: each is fetched once however many articles and pairs need it. */
const packs = new Map<string, Promise<unknown>>();

export function loadedCompareData(slug: ArticleSlug): ArticleCompareData | undefined {
  return loaded.get(slug);
}

/** A pack's parsed JSON, fetched on first use; a failure is forgotten, so asking again retries. */
function loadPack(name: string): Promise<unknown> {
  let pending = packs.get(name);
  if (!pending) {
    pending = fetchJson(compareDataHref(name), 'the file for this article');
    packs.set(name, pending);
    pending.catch(() => packs.delete(name));
  }
  return pending;
}

/**
 * An article's comparison data: the list says which pack holds it (/compare-articles.json, which the page has
 * fetched already), the pack is fetched once, and the article read out of it is checked and kept for the life of
 * the page. A failed load (offline, a missing, malformed or stale file) rejects with a readable message and is
 * forgotten, so choosing the pair again retries.
 */
export async function loadCompareData(slug: ArticleSlug): Promise<ArticleCompareData> {
  const done = loaded.get(slug);
  if (done) return done;
  const list = await loadCompareList();
  const entry = list.articles.find((a) => a.slug === slug);
  if (!entry) throw new Error('this article is not in the list of articles');
  const name = list.packs[entry.pack]!;
  const data = articleFromPack(await loadPack(name), slug);
  if (!data) {
    packs.delete(name);
    throw new Error('the file for this article is not in the expected form');
  }
  // Two calls for the same article may both have waited for the pack: the first one read out is kept.
  const first = loaded.get(slug) ?? data;
  loaded.set(slug, first);
  return first;
}
