import { decode, hasListParams } from '@/lib/reading-list/codec';
import type { Problem, ReadingList } from '@/lib/reading-list/types';

export const isBlank = (list: ReadingList) => list.items.length === 0 && !list.title && !list.instructions;

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
