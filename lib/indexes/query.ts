import { numberWords } from '../format';
import type { IndexConfig, IndexEntry, IndexState } from './types';

/**
 * Sorting, filtering and the URL query of the index pages. Pure and free of Node APIs: the server uses it to
 * prerender the default list, the client component to re-sort and filter in place.
 */

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

export const byName = (a: IndexEntry, b: IndexEntry) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug);

/** Largest count first, then the larger secondary count, then by name: a stable, total order. */
export const byCount = (a: IndexEntry, b: IndexEntry) => b.count - a.count || b.secondary - a.secondary || byName(a, b);

export function sortEntries(entries: readonly IndexEntry[], sort: string): IndexEntry[] {
  return [...entries].sort(sort === 'name' ? byName : byCount);
}

export function filterEntries(entries: readonly IndexEntry[], state: Pick<IndexState, 'article' | 'kind'>): IndexEntry[] {
  return entries.filter(
    (e) => (!state.article || e.articles.includes(state.article)) && (!state.kind || e.kinds.includes(state.kind)),
  );
}

/** The entries to show for a state, filtered then sorted. */
export function applyIndexState(entries: readonly IndexEntry[], state: IndexState): IndexEntry[] {
  return sortEntries(filterEntries(entries, state), state.sort);
}

export const defaultState = (config: IndexConfig): IndexState => ({ sort: config.sorts[0]!.value });

/** A query value that was not understood and so was ignored, with the sentence that says so. */
export type IgnoredParam = { param: string; value: string; message: string };

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/**
 * Reads ?sort=&article=&kind= against what this index offers. Anything unknown (a misspelt value, a kind of
 * another index, a repeated or empty parameter) is ignored, the default is used, and the reason is returned.
 */
export function parseIndexQuery(
  search: string | URLSearchParams,
  config: IndexConfig,
): { state: IndexState; ignored: IgnoredParam[] } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultState(config);
  const ignored: IgnoredParam[] = [];
  const read = (param: string, allowed: string[], what: string, fallback: string) => {
    // An empty value (?kind=) is what a cleared form sends: it means "any", and needs no message.
    const values = params.getAll(param).filter((v) => v !== '');
    if (values.length === 0) return undefined;
    const value = values[0]!;
    if (values.length === 1 && allowed.includes(value)) return value;
    ignored.push({
      param,
      value: values.join(', '),
      message:
        values.length > 1
          ? `The link gives “${param}” more than once; showing ${fallback}.`
          : `“${shown(value)}” is not ${what}; showing ${fallback}.`,
    });
    return undefined;
  };
  const sort = read('sort', config.sorts.map((s) => s.value), 'a way to sort this list', config.sorts[0]!.phrase);
  if (sort) state.sort = sort;
  const article = read('article', config.articles.map((a) => a.value), `one of the ${numberWords(config.articles.length)} articles`, 'all articles');
  if (article) state.article = article;
  if (config.kind) {
    const kind = read(
      'kind',
      config.kind.options.map((o) => o.value),
      config.kind.what,
      config.kind.allLabel.toLowerCase(),
    );
    if (kind) state.kind = kind;
  } else if (params.getAll('kind').some((v) => v !== '')) {
    ignored.push({ param: 'kind', value: params.getAll('kind').join(', '), message: `This list has no kinds to filter by; showing all ${config.noun.many}.` });
  }
  return { state, ignored };
}

/** The query string for a state ('' for the default), with parameters in a fixed order. */
export function serializeIndexQuery(state: IndexState, config: IndexConfig): string {
  const params = new URLSearchParams();
  if (state.sort !== config.sorts[0]!.value) params.set('sort', state.sort);
  if (state.article) params.set('article', state.article);
  if (state.kind) params.set('kind', state.kind);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The sentence for the live region, e.g. "Showing 12 of 46 places, from TIME, sorted by name." */
export function describeShown(shownCount: number, entries: readonly IndexEntry[], state: IndexState, config: IndexConfig): string {
  const total = entries.length;
  const noun = total === 1 ? config.noun.one : config.noun.many;
  const filters: string[] = [];
  if (state.kind && config.kind) {
    const label = config.kind.options.find((o) => o.value === state.kind)?.label ?? state.kind;
    filters.push(`${config.kind.label.toLowerCase()}: ${label}`);
  }
  if (state.article) {
    const label = config.articles.find((a) => a.value === state.article)?.label ?? state.article;
    filters.push(`in ${label}`);
  }
  const phrase = config.sorts.find((s) => s.value === state.sort)?.phrase ?? config.sorts[0]!.phrase;
  const count = shownCount === total ? `Showing all ${total} ${noun}` : `Showing ${shownCount} of ${total} ${noun}`;
  return `${count}${filters.length ? ` (${filters.join('; ')})` : ''}, ${phrase}.`;
}
