'use client';

import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { hasListParams } from '@/lib/reading-list/codec';
import { AssignmentView } from './AssignmentView';
import { ReadingListEditor } from './ReadingListEditor';

/**
 * /reading-list: a link that carries a list (a teacher's shared link, in any format this site has made) opens
 * the read-only assignment; the page without one is the editor of the list being built in this browser.
 */
export function ReadingListPage({ intro }: { intro: ReactNode }) {
  const query = useSearchParams().toString();
  return hasListParams(query) ? <AssignmentView query={query} /> : <ReadingListEditor intro={intro} query={query} />;
}
