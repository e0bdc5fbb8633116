'use client';

import { decode, hasListParams } from '@/lib/reading-list/codec';
import type { Problem, ReadingList } from '@/lib/reading-list/types';

/** A query string as URLSearchParams writes it, so two spellings of the same query compare equal. */
export const normalizeQuery = (query: string) => new URLSearchParams(query).toString();

/**
 * Which list a reading-list page shows: the one in its link if the link has one, otherwise the one this
 * browser is building (stored), otherwise none.
 */
export function listForPage(query: string, stored: string): { list: ReadingList; problems: Problem[]; origin: 'link' | 'stored' | 'empty' } {
  if (hasListParams(query)) return { ...decode(query), origin: 'link' };
  // A query with only foreign parameters says so ("no-list"), and the stored list is shown instead.
  const foreign = decode(query).problems;
  if (stored) {
    const { list, problems } = decode(stored);
    return { list, problems: [...foreign, ...problems], origin: 'stored' };
  }
  return { list: decode('').list, problems: foreign, origin: 'empty' };
}

/**
 * Queries this page has written into its own address, so that reading one back (the router may report an
 * earlier one while the reader is still typing) is not taken for navigation. Only the latest few matter.
 */
export const writtenQueries = new Set<string>();
export function rememberWritten(query: string) {
  writtenQueries.delete(query);
  writtenQueries.add(query);
  while (writtenQueries.size > 50) writtenQueries.delete(writtenQueries.values().next().value as string);
}
