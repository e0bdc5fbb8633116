'use client';

import { useEffect, useState } from 'react';
import type { ReadingListData } from '@/lib/reading-list/data';
import { indexData, type DataIndex } from '@/lib/reading-list/resolve';
import { readingListDataHref } from '@/lib/links';

export type DataState = { status: 'loading' } | { status: 'ready'; index: DataIndex } | { status: 'error'; message: string };

let pending: Promise<DataIndex> | undefined;

function load(): Promise<DataIndex> {
  pending ??= fetch(readingListDataHref())
    .then((response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return response.json() as Promise<ReadingListData>;
    })
    .then((data) => {
      if (data?.version !== 1 || !Array.isArray(data.articles)) throw new Error('the file is not in the expected format');
      return indexData(data);
    })
    .catch((error: unknown) => {
      pending = undefined; // let a later visit try again
      throw error;
    });
  return pending;
}

/** The site's texts for the reading list, fetched once per page load from the prerendered JSON file. */
export function useReadingListData(): DataState {
  const [state, setState] = useState<DataState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (index) => live && setState({ status: 'ready', index }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
