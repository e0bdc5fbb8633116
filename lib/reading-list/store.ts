import { decode, encode } from './codec';
import { emptyList, type ReadingList } from './types';

/**
 * The list being built, kept in this browser only, under the one localStorage key the site allows for it. The
 * stored value is the list's share-link query string (codec.ts), so there is one format and one version to
 * read. When storage is blocked the list lives in memory for the page, and `storageWorks()` says so.
 */
export const storageKey = 'sightlines:reading-list';
const changeEvent = 'sightlines:reading-list-change';

let memory = '';
let blocked = false;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored query string ('' when nothing is stored). */
export function readStored(): string {
  const s = storage();
  if (!s || blocked) return memory;
  try {
    return s.getItem(storageKey) ?? '';
  } catch {
    return memory;
  }
}

export function storageWorks(): boolean {
  return !blocked && storage() !== null;
}

export function writeStored(list: ReadingList): void {
  const value = list.items.length || list.title || list.instructions ? encode(list) : '';
  memory = value;
  const s = storage();
  if (s) {
    try {
      if (value) s.setItem(storageKey, value);
      else s.removeItem(storageKey);
      blocked = false;
    } catch {
      blocked = true;
    }
  } else blocked = true;
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(changeEvent));
}

/** For useSyncExternalStore: changes in this page and in other tabs. */
export function subscribeStored(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === storageKey || e.key === null) onChange();
  };
  window.addEventListener(changeEvent, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

let lastRaw: string | undefined;
let lastList: ReadingList = emptyList();

/** The stored list, decoded once per stored value (many buttons on one page read it). */
export function storedList(raw: string = readStored()): ReadingList {
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastList = raw ? decode(raw).list : emptyList();
  }
  return lastList;
}
