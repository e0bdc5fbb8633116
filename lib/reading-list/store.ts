import { decode, encode } from './codec';
import { emptyList, type ReadingList } from './types';
import { changeEvent, readStored, rememberWrite, storage, storageKey } from './stored-raw';

/**
 * The list being built, kept in this browser only, under the one localStorage key the site allows for it. The
 * stored value is the list's share-link query string (codec.ts), so there is one format and one version to
 * read. When storage is blocked the list lives in memory for the page, and `storageWorks()` says so. Reading
 * the raw value and listening for changes live in stored-raw.ts, which needs no codec.
 */
export { readStored, storageKey, storageWorks, subscribeStored } from './stored-raw';

export function writeStored(list: ReadingList): void {
  const value = list.items.length || list.title || list.instructions ? encode(list) : '';
  const s = storage();
  let refused = true;
  if (s) {
    try {
      if (value) s.setItem(storageKey, value);
      else s.removeItem(storageKey);
      refused = false;
    } catch {
      refused = true;
    }
  }
  rememberWrite(value, refused);
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(changeEvent));
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
