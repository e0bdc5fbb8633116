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
  /** Slugs of the articles the entry belongs to, in publication order: the article filter looks here. */
  articles: string[];
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
  /** The article filter: every article, labelled by its outlet. */
  articles: Option[];
};

export type IndexState = { sort: string; article?: string; kind?: string };
