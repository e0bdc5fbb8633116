import { itemKey } from './codec';
import { limits, type ReadingItemRef, type ReadingList } from './types';

/** Pure edits of a reading list; each returns a new list and leaves the old one as it was. */

export function hasItem(list: ReadingList, ref: ReadingItemRef): boolean {
  const key = itemKey(ref);
  return list.items.some((item) => itemKey(item.ref) === key);
}

export type ToggleResult = { list: ReadingList; change: 'added' | 'removed' | 'full' };

/** Adds the item at the end, or removes it when it is already there; a full list is left as it is. */
export function toggleItem(list: ReadingList, ref: ReadingItemRef): ToggleResult {
  const key = itemKey(ref);
  if (list.items.some((item) => itemKey(item.ref) === key)) {
    return { list: { ...list, items: list.items.filter((item) => itemKey(item.ref) !== key) }, change: 'removed' };
  }
  if (list.items.length >= limits.items) return { list, change: 'full' };
  return { list: { ...list, items: [...list.items, { ref, note: '' }] }, change: 'added' };
}

/** Moves the item at `index` by `delta` places; out-of-range moves return the list unchanged. */
export function moveItem(list: ReadingList, index: number, delta: number): ReadingList {
  const target = index + delta;
  if (index < 0 || index >= list.items.length || target < 0 || target >= list.items.length || delta === 0) return list;
  const items = [...list.items];
  const [moved] = items.splice(index, 1);
  items.splice(target, 0, moved!);
  return { ...list, items };
}

export function removeAt(list: ReadingList, index: number): ReadingList {
  return { ...list, items: list.items.filter((_, i) => i !== index) };
}

export function setNote(list: ReadingList, index: number, note: string): ReadingList {
  return { ...list, items: list.items.map((item, i) => (i === index ? { ...item, note: Array.from(note).slice(0, limits.note).join('') } : item)) };
}

/** Cuts a text typed into the editor to its limit (the inputs' maxLength counts UTF-16 units, not characters). */
export const clamp = (text: string, max: number) => (text.length <= max ? text : Array.from(text).slice(0, max).join(''));
