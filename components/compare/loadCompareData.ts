import { articleFromPacks } from '@/lib/compare/packs';
import type { ArticleCompareData } from '@/lib/compare/types';
import { compareDataHref } from '@/lib/links';
import { fetchJson } from '@/lib/fetch-json';
import type { ArticleSlug } from '@/lib/ids';
import { loadCompareList } from './loadCompareArticles';

/** Articles already read out of their pack, by slug: read synchronously, so a pair seen before shows at once. */
const loaded = new Map<ArticleSlug, ArticleCompareData>();
/** Files fetched or being fetched (packs and files of texts), by address: each is fetched once however many articles and pairs need it. */
const files = new Map<string, Promise<unknown>>();

export function loadedCompareData(slug: ArticleSlug): ArticleCompareData | undefined {
  return loaded.get(slug);
}

/** A file's parsed JSON, fetched on first use; a failure is forgotten, so asking again retries. */
function loadFile(href: string, what: string): Promise<unknown> {
  let pending = files.get(href);
  if (!pending) {
    pending = fetchJson(href, what);
    files.set(href, pending);
    pending.catch(() => files.delete(href));
  }
  return pending;
}

/**
 * An article's comparison data: the list says which pack and which file of the reading lists' texts hold it
 * (/compare-articles.json, which the page has fetched already), each file is fetched once, and the article read
 * out of them is checked and kept for the life of the page. A failed load (offline, a missing, malformed or stale
 * file) rejects with a readable message and is forgotten, so choosing the pair again retries.
 */
export async function loadCompareData(slug: ArticleSlug): Promise<ArticleCompareData> {
  const done = loaded.get(slug);
  if (done) return done;
  const list = await loadCompareList();
  const entry = list.articles.find((a) => a.slug === slug);
  if (!entry) throw new Error('this article is not in the list of articles');
  const pack = compareDataHref(list.packs[entry.pack]!);
  const texts = list.texts[entry.text]!;
  const [packed, text] = await Promise.all([loadFile(pack, 'the file for this article'), loadFile(texts, 'the text of this article')]);
  const data = articleFromPacks(packed, text, slug);
  if (!data) {
    files.delete(pack);
    files.delete(texts);
    throw new Error('the file for this article is not in the expected form');
  }
  // Two calls for the same article may both have waited for the files: the first one read out is kept.
  const first = loaded.get(slug) ?? data;
  loaded.set(slug, first);
  return first;
}
