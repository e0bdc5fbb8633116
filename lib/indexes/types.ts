/**
 * The shape of an index page (/places, /people, /organizations, /claims, /themes): plain, serializable data, so
 * the same entries can be prerendered by the server and sorted or filtered in place by the client.
 */

import type { EntryCollection } from '../collections';

/** Every collection with pages has an index page (lib/collections.ts). */
export type IndexCollection = EntryCollection;

export type IndexEntry = {
  slug: string;
  /** What the list shows and sorts by name: an entity's name, a claim's statement. */
  name: string;
  href: string;
  /**
   * The number the list sorts by: mentions (places, people, organizations), articles in the evidence (claims),
   * passages (themes).
   */
  count: number;
  /** A second number breaking ties: the number of articles (entities, themes) or of quotes (claims). */
  secondary: number;
  /**
   * Slugs of the articles the entry belongs to, in publication order. Kept on the server (the unit tests and the
   * fetched file /index-data/<collection>.json read it); the page itself gets an `IndexRow`, without it, so that
   * its size does not grow with the library.
   */
  articles: string[];
  /** The outlets of those articles, in the order of `IndexConfig.outlets`, each with how many of them it published. */
  outlets: OutletCount[];
  /** Values of the kind filter: a place's kind, an organization's kind, a person's involvements, a claim's relations. */
  kinds: string[];
  /** The counts in words, e.g. "15 mentions in 2 articles". */
  counts: string;
  /** A short line under the name: a person's role, where a place is, a theme's summary, who makes a claim. */
  note?: string;
};

export type Option = { value: string; label: string; /** A shorter label for tight places (the list). */ short?: string };
export type SortOption = Option & { /** How the live region says it, e.g. "most mentioned first". */ phrase: string };

export type IndexConfig = {
  collection: IndexCollection;
  noun: { one: string; many: string };
  /** The first is the default (the order of the prerendered list). */
  sorts: SortOption[];
  /** The kind filter; absent when a collection has no kinds (themes). */
  kind?: {
    label: string;
    allLabel: string;
    /** How a message names one value, e.g. "a kind of place". */
    what: string;
    options: Option[];
  };
  /** The outlet filter: every outlet that published an article, in order of first publication. */
  outlets: Option[];
  /**
   * How many articles the library has, in words ("four"), for the article filter's messages. The filter's list is
   * fetched on demand (`IndexArticleData`); the words are made on the server, so the page ships no number speller.
   */
  articleCount: string;
};

export type OutletCount = { value: string; n: number };

/** What the page's list is given: an entry without its per-article list (bounded by the number of outlets). */
export type IndexRow = Omit<IndexEntry, 'articles'>;

export type IndexState = { sort: string; article?: string; kind?: string; outlet?: string };

/** An article the article filter offers. */
export type IndexArticle = { slug: string; title: string; outlet: string; published: string };

/**
 * /index-data/<collection>.json, fetched by an index page when its article filter is first used: every article
 * and, for each entry, the articles it belongs to (numbers into `articles`). One file per collection, so the
 * pages stay the same size whatever the number of articles.
 */
export type IndexArticleData = {
  version: typeof INDEX_ARTICLE_DATA_VERSION;
  collection: IndexCollection;
  articles: IndexArticle[];
  members: Record<string, number[]>;
};
export const INDEX_ARTICLE_DATA_VERSION = 1;
