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

/** Queries this page has written into its own address, so that reading them back is not taken for navigation. */
export const writtenQueries = new Set<string>();
