'use client';

import { useEffect, useMemo, useState } from 'react';
import { citationStyles } from '@/lib/cite';
import { isCslRecord } from '@/lib/cite/files';
import { fetchJson, isCount, isObject } from '@/lib/fetch-json';
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
let core: Promise<CoreIndex> | undefined;
/** The articles at hand, shared by every index made from the core: filled as packs arrive, never emptied. */
const articles = new Map<string, DataArticle>();
const packs = new Map<number, Promise<void>>();

type CoreIndex = DataIndex & { packs: string[] };

const isString = (v: unknown): v is string => typeof v === 'string';
/** A quoted passage (a claim's evidence, a theme's passage) as the pages read it. */
const isQuote = (v: unknown) => isObject(v) && isString(v.article) && isCount(v.n) && isString(v.quote);
const isClaim = (v: unknown) => isObject(v) && isString(v.slug) && isString(v.statement) && Array.isArray(v.madeBy) && Array.isArray(v.evidence) && v.evidence.every(isQuote);
const isTheme = (v: unknown) => isObject(v) && isString(v.slug) && isString(v.name) && isString(v.summary) && Array.isArray(v.passages) && v.passages.every(isQuote);
/** An article's text as the pages read it: its passages, its citation in every style, and its record (RIS is made from it). */
const isText = (v: unknown): v is DataArticle =>
  isObject(v) &&
  isString(v.slug) &&
  isString(v.title) &&
  Array.isArray(v.passages) &&
  v.passages.every((p) => isObject(p) && isCount(p.n) && isString(p.text)) &&
  isObject(v.cite) &&
  citationStyles.every((style) => isObject((v.cite as Record<string, unknown>)[style])) &&
  isObject(v.record) &&
  isCslRecord(v.record.csl) &&
  isString(v.record.bib);

/** The texts of a pack (or of the core) by slug; undefined when any of them is not in the expected form. */
function textsBySlug(value: unknown): Map<string, DataArticle> | undefined {
  if (!Array.isArray(value) || !value.every(isText)) return undefined;
  return new Map(value.map((a) => [a.slug, a]));
}

/** The core as fetched, with its texts by slug when it holds them; null when it is not in the expected form. */
function readCore(value: unknown): { core: ReadingListCore; texts?: Map<string, DataArticle> } | null {
  if (!isObject(value) || value.version !== READING_DATA_VERSION) return null;
  const { articles: heads, packs: names, claims, themes } = value;
  if (!Array.isArray(heads) || !Array.isArray(names) || !Array.isArray(claims) || !Array.isArray(themes)) return null;
  const texts = value.texts === undefined ? undefined : textsBySlug(value.texts);
  if (value.texts !== undefined && !texts) return null;
  const valid =
    names.every(isString) &&
    claims.every(isClaim) &&
    themes.every(isTheme) &&
    heads.every(
      (a) =>
        isObject(a) &&
        isString(a.slug) &&
        isString(a.title) &&
        isCount(a.passages) &&
        // each article is in a pack the core names, or (one pack in all) in the core itself
        (texts ? texts.has(a.slug) : isCount(a.pack) && a.pack < names.length),
    );
  return valid ? { core: value as ReadingListCore, texts } : null;
}

function loadCore(): Promise<CoreIndex> {
  core ??= fetchJson(readingListDataHref(), 'the list of readings')
    .then((value) => {
      const read = readCore(value);
      if (!read) throw new Error('the list of readings is not in the expected form');
      for (const [slug, article] of read.texts ?? []) articles.set(slug, article);
      return Object.assign(indexCore(read.core, articles), { packs: read.core.packs });
    })
    .catch((error: unknown) => {
      core = undefined; // let a later visit try again
      throw error;
    });
  return core;
}

/** The packs holding `slugs` that have not arrived yet. */
const packsMissing = (index: DataIndex, slugs: string[]) =>
  [...new Set(slugs.filter((slug) => !articles.has(slug)).map((slug) => index.headsBySlug.get(slug)!.pack))];

/** Fetches the packs holding `slugs` (each pack once); resolves when all of their articles are at hand. */
export async function loadArticles(slugs: string[]): Promise<void> {
  const index = await loadCore();
  await Promise.all(
    packsMissing(index, slugs).map((k) => {
      let pending = packs.get(k);
      if (!pending) {
        const what = 'a file of the readings’ texts';
        pending = fetchJson(readingListPackHref(index.packs[k]!), what).then((value) => {
          const held = index.heads.filter((a) => a.pack === k).map((a) => a.slug);
          const bySlug = textsBySlug(isObject(value) && value.version === READING_DATA_VERSION ? value.articles : undefined);
          if (!bySlug || !held.every((slug) => bySlug.has(slug))) throw new Error(`${what} is not in the expected form`);
          for (const slug of held) articles.set(slug, bySlug.get(slug)!);
        });
        packs.set(k, pending);
        pending.catch(() => packs.delete(k)); // let a later visit try again
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
    // A failure said before is not this attempt's: it is said again only if this one fails too.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPackError({ key: '', message: '' });
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
