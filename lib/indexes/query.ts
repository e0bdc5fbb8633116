import { isArticleSlug } from '../ids';
import type { IndexConfig, IndexEntry, IndexRow, IndexState } from './types';

/**
 * Sorting, filtering and the URL query of the index pages. Pure and free of Node APIs: the server uses it to
 * prerender the default list, the client component to re-sort and filter in place.
 */

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

export const byName = (a: IndexRow, b: IndexRow) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug);

/** Largest count first, then the larger secondary count, then by name: a stable, total order. */
export const byCount = (a: IndexRow, b: IndexRow) => b.count - a.count || b.secondary - a.secondary || byName(a, b);

export function sortEntries<T extends IndexRow>(entries: readonly T[], sort: string): T[] {
  return [...entries].sort(sort === 'name' ? byName : byCount);
}

/**
 * Is an entry in an article? The server's entries know their articles; the page's rows do not, and are given the
 * set of entries of the chosen article once its list has been fetched (`inArticle`).
 */
type ArticleTest = (entry: IndexRow, article: string) => boolean;
const ownArticles: ArticleTest = (e, article) => 'articles' in e && (e as IndexEntry).articles.includes(article);

export function filterEntries<T extends IndexRow>(
  entries: readonly T[],
  state: Pick<IndexState, 'article' | 'kind' | 'outlet'>,
  inArticle: ArticleTest = ownArticles,
): T[] {
  return entries.filter(
    (e) =>
      (!state.article || inArticle(e, state.article)) &&
      (!state.outlet || e.outlets.some((o) => o.value === state.outlet)) &&
      (!state.kind || e.kinds.includes(state.kind)),
  );
}

/** The entries to show for a state, filtered then sorted. */
export function applyIndexState<T extends IndexRow>(entries: readonly T[], state: IndexState, inArticle?: ArticleTest): T[] {
  return sortEntries(filterEntries(entries, state, inArticle), state.sort);
}

export const defaultState = (config: IndexConfig): IndexState => ({ sort: config.sorts[0]!.value });

/** A query value that was not understood and so was ignored, with the sentence that says so. */
export type IgnoredParam = { param: string; value: string; message: string };

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/**
 * Reads ?sort=&outlet=&article=&kind= against what this index offers. Anything unknown (a misspelt value, a kind
 * of another index, a repeated or empty parameter) is ignored, the default is used, and the reason is returned.
 * The page does not hold the list of articles: without `articles` an article is checked for its form only, and
 * the page reads the query again with the fetched list.
 */
export function parseIndexQuery(
  search: string | URLSearchParams,
  config: IndexConfig,
  articles?: readonly string[],
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
  const outlet = read('outlet', config.outlets.map((o) => o.value), 'one of the outlets', 'all outlets');
  if (outlet) state.outlet = outlet;
  const articleValues = params.getAll('article').filter((v) => v !== '');
  if (articleValues.length === 1 && isArticleSlug(articleValues[0]) && !articles) state.article = articleValues[0];
  else {
    const article = read('article', articles ? [...articles] : [], `one of the ${config.articleCount} articles`, 'all articles');
    if (article) state.article = article;
  }
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
  if (state.outlet) params.set('outlet', state.outlet);
  if (state.article) params.set('article', state.article);
  if (state.kind) params.set('kind', state.kind);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The sentence for the live region, e.g. "Showing 12 of 46 places, from TIME, sorted by name." */
export function describeShown(
  shownCount: number,
  entries: readonly IndexRow[],
  state: IndexState,
  config: IndexConfig,
  /** The chosen article's title, once the list of articles is known. */
  articleTitle?: string,
): string {
  const total = entries.length;
  const noun = total === 1 ? config.noun.one : config.noun.many;
  const filters: string[] = [];
  if (state.kind && config.kind) {
    const label = config.kind.options.find((o) => o.value === state.kind)?.label ?? state.kind;
    filters.push(`${config.kind.label.toLowerCase()}: ${label}`);
  }
  if (state.outlet) {
    const label = config.outlets.find((o) => o.value === state.outlet)?.label ?? state.outlet;
    filters.push(`in ${label}`);
  }
  if (state.article) filters.push(`in “${articleTitle ?? state.article}”`);
  const phrase = config.sorts.find((s) => s.value === state.sort)?.phrase ?? config.sorts[0]!.phrase;
  const count = shownCount === total ? `Showing all ${total} ${noun}` : `Showing ${shownCount} of ${total} ${noun}`;
  return `${count}${filters.length ? ` (${filters.join('; ')})` : ''}, ${phrase}.`;
}
