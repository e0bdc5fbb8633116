import type { SearchEngine, SearchOptions, SearchResponse } from '@/lib/search/engine';
import { searchHref } from '@/lib/links';

/**
 * Answers what the reader typed at once from what the engine already holds, then again once the files it
 * lacked have arrived (a sharded index; with a single file the first answer is the whole one). The first
 * answer is shown when every posting list it needed was at hand (its hits are right, some may still be
 * coming); when a word's shard is still on its way, the previous answer stays until the full one lands.
 * Asking `query()` at every keystroke also fetches the shards of a prefix as soon as its first letters are
 * typed. Returns a function that drops the answers still to come (the reader typed on).
 */
export function answerAsTyped(
  engine: SearchEngine,
  input: string,
  options: SearchOptions,
  show: (response: SearchResponse) => void,
  fail: (error: Error) => void,
): () => void {
  let current = true;
  const now = engine.search(input, options);
  if (now.loaded !== 'some') show(now);
  if (now.loaded !== 'all') {
    engine.query(input, options).then(
      (response) => current && show(response),
      (error: Error) => current && fail(error),
    );
  }
  return () => {
    current = false;
  };
}

/** What every search form of the site shares: a GET form to /search that works before any script runs. */
export const searchFormAttributes = { role: 'search', action: searchHref(), method: 'get' } as const;

/** …and its box: the query goes in ?q=, with no autocomplete or spelling marks of the browser's own. */
export const searchInputAttributes = { type: 'search', name: 'q', autoComplete: 'off', spellCheck: false, enterKeyHint: 'search' } as const;
