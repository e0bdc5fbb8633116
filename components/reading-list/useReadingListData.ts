'use client';

import { useEffect, useMemo, useState } from 'react';
import { READING_DATA_VERSION, type DataArticle, type ReadingListCore } from '@/lib/reading-list/data';
import { articlesNeeded, indexCore, type DataIndex } from '@/lib/reading-list/resolve';
import type { ReadingList } from '@/lib/reading-list/types';
import { readingListDataHref, readingListPackHref } from '@/lib/links';

export type DataState = { status: 'loading' } | { status: 'ready'; index: DataIndex } | { status: 'error'; message: string };

/**
 * The site's texts for the reading lists (lib/reading-list/data.ts): the core, fetched once per page load, and
 * the packs of the articles a list needs, each fetched once. What has arrived is kept for the life of the page
 * (the texts only grow), so a list that changes (an item added, another tab's edit) fetches only what is new.
 */
let core: Promise<DataIndex> | undefined;
/** The articles at hand, shared by every index made from the core: filled as packs arrive, never emptied. */
const articles = new Map<string, DataArticle>();
const packs = new Map<number, Promise<void>>();

async function getJson(href: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(href);
  } catch {
    throw new Error(`${href} could not be fetched`);
  }
  if (!response.ok) throw new Error(`the server answered ${response.status} for ${href}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${href} is not valid JSON`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isCore(value: unknown): value is ReadingListCore {
  if (!isObject(value) || value.version !== READING_DATA_VERSION) return false;
  const { articles: heads, packs: names, claims, themes } = value;
  if (!Array.isArray(heads) || !Array.isArray(names) || !Array.isArray(claims) || !Array.isArray(themes)) return false;
  const texts = value.texts === undefined ? undefined : textsBySlug(value.texts);
  return (
    names.every((n) => typeof n === 'string') &&
    heads.every(
      (a) =>
        isObject(a) &&
        typeof a.slug === 'string' &&
        typeof a.title === 'string' &&
        Number.isInteger(a.passages) &&
        // each article is in a pack the core names, or (one pack in all) in the core itself
        (texts ? texts.has(a.slug) : Number.isInteger(a.pack) && (a.pack as number) >= 0 && (a.pack as number) < names.length),
    )
  );
}

/** The articles of a pack (or of the core) that have what the pages read, by slug. */
function textsBySlug(value: unknown): Map<string, DataArticle> {
  const texts = Array.isArray(value) ? value : [];
  return new Map(texts.filter((a): a is DataArticle => isObject(a) && typeof a.slug === 'string' && Array.isArray(a.passages) && isObject(a.cite)).map((a) => [a.slug, a]));
}

function loadCore(): Promise<DataIndex> {
  core ??= getJson(readingListDataHref())
    .then((value) => {
      if (!isCore(value)) throw new Error('the file is not in the expected format');
      for (const [slug, article] of textsBySlug(value.texts)) articles.set(slug, article);
      return Object.assign(indexCore(value, articles), { packs: value.packs });
    })
    .catch((error: unknown) => {
      core = undefined; // let a later visit try again
      throw error;
    });
  return core;
}

type CoreIndex = DataIndex & { packs: string[] };

/** The packs holding `slugs` that have not arrived yet. */
const packsMissing = (index: DataIndex, slugs: string[]) =>
  [...new Set(slugs.filter((slug) => !articles.has(slug)).map((slug) => index.headsBySlug.get(slug)!.pack))];

/** Fetches the packs holding `slugs` (each pack once); resolves when all of their articles are at hand. */
export async function loadArticles(slugs: string[]): Promise<void> {
  const index = (await loadCore()) as CoreIndex;
  await Promise.all(
    packsMissing(index, slugs).map((k) => {
      let pending = packs.get(k);
      if (!pending) {
        const name = index.packs[k]!;
        pending = getJson(readingListPackHref(name))
          .then((value) => {
            const held = index.heads.filter((a) => a.pack === k).map((a) => a.slug);
            const bySlug = textsBySlug(isObject(value) && value.version === READING_DATA_VERSION ? value.articles : undefined);
            if (!held.every((slug) => bySlug.has(slug))) throw new Error(`${name} is not in the expected format`);
            for (const slug of held) articles.set(slug, bySlug.get(slug)!);
          })
          .catch((error: unknown) => {
            packs.delete(k); // let a later visit try again
            throw error;
          });
        packs.set(k, pending);
      }
      return pending;
    }),
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The reading-list data for `list`: ready only once every article the list needs is at hand, so that an item is
 * never taken for unknown (and dropped from the list) because its pack has not arrived. With no list yet, the
 * core alone.
 */
export function useReadingListData(list: ReadingList | null): DataState {
  const [index, setIndex] = useState<DataIndex>();
  const [coreError, setCoreError] = useState('');
  /** Packs that could not be fetched, with the set of packs that was asked for (the list may change since). */
  const [packError, setPackError] = useState({ key: '', message: '' });
  const [arrived, setArrived] = useState(0);
  useEffect(() => {
    let live = true;
    loadCore().then(
      (loaded) => live && setIndex(loaded),
      (error: unknown) => live && setCoreError(message(error)),
    );
    return () => {
      live = false;
    };
  }, []);

  const needed = index && list ? articlesNeeded(list, index) : [];
  const missingKey = index ? packsMissing(index, needed).join(' ') : '';
  const neededKey = needed.join(' ');
  useEffect(() => {
    if (!index || !missingKey) return;
    let live = true;
    loadArticles(neededKey.split(' ')).then(
      () => live && setArrived((n) => n + 1),
      (error: unknown) => live && setPackError({ key: missingKey, message: message(error) }),
    );
    return () => {
      live = false;
    };
  }, [index, missingKey, neededKey]);

  const error = coreError || (missingKey && packError.key === missingKey ? packError.message : '');
  const ready = !!index && !missingKey;
  // A new state object when packs arrive (`arrived` is not read, only waited on), so that what is worked out from
  // it, memoised on it, is worked out again with the texts that came.
  return useMemo<DataState>(
    () => (error ? { status: 'error', message: error } : ready ? { status: 'ready', index: index! } : { status: 'loading' }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [error, ready, index, arrived],
  );
}
