/**
 * The stored list as its raw string, without the codec, so that a button can say "no list yet" without
 * fetching the codec on every page (see store.ts for the decoded list and for writing it).
 *
 * The list being built, kept in this browser only, under the one localStorage key the site allows for it. The
 * stored value is the list's share-link query string (codec.ts), so there is one format and one version to
 * read. When storage is blocked the list lives in memory for the page, and `storageWorks()` says so.
 */
export const storageKey = 'sightlines:reading-list';
export const changeEvent = 'sightlines:reading-list-change';

let memory = '';
let blocked = false;

/** For store.ts: what was written, and whether the browser refused to keep it. */
export function rememberWrite(value: string, refused: boolean): void {
  memory = value;
  blocked = refused;
}

export function storage(): Storage | null {
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
