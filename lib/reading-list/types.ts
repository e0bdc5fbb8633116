import type { CitationStyle } from '../cite';
import type { ArticleSlug, EntrySlug } from '../ids';

/** What a reading list can hold: a whole article, one paragraph (passage) of it, a claim or a theme. */
export type ReadingItemRef =
  | { type: 'article'; article: ArticleSlug }
  | { type: 'passage'; article: ArticleSlug; n: number }
  | { type: 'claim'; slug: EntrySlug }
  | { type: 'theme'; slug: EntrySlug };

export type ReadingListItem = { ref: ReadingItemRef; note: string };

/** A reading list as a teacher builds it; the share link encodes exactly this (lib/reading-list/codec.ts). */
export type ReadingList = {
  title: string;
  instructions: string;
  style: CitationStyle;
  items: ReadingListItem[];
};

/** Lengths in characters (Unicode code points), and the number of items a list may hold. */
export const limits = { title: 200, instructions: 2000, note: 1000, items: 100 } as const;

export type ProblemKind =
  | 'no-list'
  | 'version'
  | 'style'
  | 'truncated'
  | 'too-many'
  | 'unreadable'
  | 'control'
  | 'markup'
  | 'malformed-item'
  | 'duplicate'
  | 'note'
  | 'unknown-item';

/** Something in a share link that could not be used as it stood; the message says what was done instead. */
export type Problem = { kind: ProblemKind; message: string };

export const emptyList = (): ReadingList => ({ title: '', instructions: '', style: 'mla', items: [] });
