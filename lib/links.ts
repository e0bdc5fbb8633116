/**
 * The only place internal URLs are built. Pages, components and lib/ modules call these instead of writing
 * `"/articles/"`-style strings inline, so a route can move in one edit and a passage anchor is spelled one way.
 * Every function is pure and safe to call on the server and in the browser.
 */

import type { EntryCollection } from './collections';
import { passageId, type ArticleSlug, type EntrySlug } from './ids';
import { queryForUrl } from './search/query-url';

/** The collections that have a page per entry, by their URL folder (lib/collections.ts). */
export type PageCollection = EntryCollection;

const seg = (slug: string) => encodeURIComponent(slug);

/** The id of a passage's element in its article: `p-<n>` (lib/ids). */
export const passageAnchor = passageId;

export const homeHref = () => '/';
export const aboutHref = () => '/about';

/** An article's reading edition. */
const articlePath = (slug: string) => `/articles/${seg(slug)}`;
export const articleHref = (slug: ArticleSlug) => articlePath(slug);

/** An article's verbatim source text. */
export const articleSourceHref = (slug: ArticleSlug) => `${articleHref(slug)}/source`;

/** A passage of the article being read, as an in-page link: `#p-<n>`. */
export const passageFragmentHref = (n: number) => `#${passageAnchor(n)}`;

/** One passage (paragraph, caption, quote or post) of an article, by its number. */
export const passageHref = (slug: ArticleSlug, n: number) => `${articlePath(slug)}#${passageAnchor(n)}`;

/** A collection's index page: `/places`, `/claims`… */
export const collectionHref = (collection: PageCollection) => `/${collection}`;

/** One entry's page: a place, person, organization, theme or claim. */
export const entityHref = (collection: PageCollection, slug: EntrySlug) => `/${collection}/${seg(slug)}`;

/** A theme's passages read as one continuous thread. */
export const themeReadHref = (slug: EntrySlug) => `${entityHref('themes', slug)}/read`;

/**
 * The /search page for a query and optional filters. The query is cut to what the engine searches
 * (`queryForUrl`), so no pasted text makes an address longer than a server accepts.
 */
export function searchHref(query = '', filters: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  const q = queryForUrl(query);
  if (q) params.set('q', q);
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const qs = params.toString();
  return qs ? `/search?${qs}` : '/search';
}

/** /compare, for a pair of articles when given. */
export function compareHref(a?: ArticleSlug, b?: ArticleSlug): string {
  if (!a || !b) return '/compare';
  return `/compare?${new URLSearchParams({ a, b })}`;
}

export const timelineHref = () => '/timeline';

/** A map of the /places page, by its view id ("china", "world"). */
export const mapHref = (view: string) => `${collectionHref('places')}#map-${view}`;

/** The reading list page; with a share query (`v=…&…`), the list that query carries. */
export const readingListHref = (query = '') => (query ? `/reading-list?${query}` : '/reading-list');

/** The print view of the reading list; with a share query, of that list. */
export const readingListPrintHref = (query = '') => (query ? `/reading-list/print?${query}` : '/reading-list/print');

/** The open data page, and one of its files by its path under /data (e.g. `sightlines.json`, `csv/entities.csv`). */
export const dataHref = () => '/data';
export const dataFileHref = (file: string) => `/data/${file.split('/').map(seg).join('/')}`;

/** The JSON record of one entity, claim or theme page. */
export const recordHref = (collection: PageCollection, slug: EntrySlug) => dataFileHref(`records/${collection}/${slug}.json`);

/** The graph of connections; with a node id (`places/chongqing`, `themes/xinjiang`), that node highlighted. */
export const graphHref = (focus?: string) => (focus ? `/graph?${new URLSearchParams({ focus })}` : '/graph');
/** Page `page` of the passages of an entry with too many for one page (lib/paging.ts); page 1 is the entry's page. */
export const entityPassagesHref = (collection: PageCollection, slug: EntrySlug, page: number) =>
  page <= 1 ? entityHref(collection, slug) : `${entityHref(collection, slug)}/passages/${page}`;

/** The list of every article; with a page number above 1, that page of it (lib/paging.ts). */
export const articlesHref = (page = 1) => (page <= 1 ? '/articles' : `/articles/page/${page}`);

/** Data files the browser fetches (prerendered JSON routes). */
export const searchIndexHref = () => '/search-index.json';
/** A pack of /compare's data, by the file name /compare-articles.json gives it (lib/compare/packs.ts). */
export const compareDataHref = (file: string) => `/compare-data/${seg(file)}`;
/** The list of every article for /compare's pickers (slug, outlet, title, date, pack), fetched when the page opens. */
export const compareArticlesHref = () => '/compare-articles.json';
/** A file of mention preview cards, by the name an article page gives it (lib/mention-cards.ts). */
export const mentionCardsHref = (file: string) => `/mention-cards/${seg(file)}`;
/** The reading lists' core data: every article's head, the claims and the themes (lib/reading-list/data.ts). */
export const readingListDataHref = () => '/reading-list-data.json';
/** A pack of the reading lists' article texts, by the file name the core gives it. */
export const readingListPackHref = (file: string) => `/reading-list-data/${seg(file)}`;
/** An index page's article filter: every article and the articles of each entry, fetched when the filter is used. */
export const indexDataHref = (collection: PageCollection) => `/index-data/${collection}.json`;
