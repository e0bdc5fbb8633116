'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { readStored, storageWorks, subscribeStored } from '@/lib/reading-list/stored-raw';
import { limits, type ReadingItemRef, type ReadingList } from '@/lib/reading-list/types';
import { readingListHref } from '@/lib/links';
import './reading-list.css';

export type { ReadingItemRef };

/** How the item is named when the caller gives no label: "this article", "paragraph 12", … */
export function defaultItemLabel(item: ReadingItemRef): string {
  switch (item.type) {
    case 'article':
      return 'this article';
    case 'passage':
      return `paragraph ${item.n}`;
    case 'claim':
      return 'this claim';
    case 'theme':
      return 'this theme';
  }
}

const items = (n: number) => (n === 1 ? '1 item' : `${n} items`);

/**
 * The list code (its codec and edits) is fetched only when needed: when this browser already keeps a list, or
 * on the first press. A page visited with no list yet ships none of it (issue 13: first-load JavaScript).
 */
const fetchListCode = () => Promise.all([import('@/lib/reading-list/list'), import('@/lib/reading-list/store')]).then(([list, store]) => ({ ...list, ...store }));
let code: Awaited<ReturnType<typeof fetchListCode>> | null = null;
const listCode = () => fetchListCode().then((loaded) => (code = loaded));

/** The stored list, decoded once the list code has arrived; `null` until then (an empty store needs no code). */
function useStoredList(raw: string | null): ReadingList | null | 'empty' {
  const [decoded, setDecoded] = useState<{ raw: string; list: ReadingList } | null>(null);
  useEffect(() => {
    if (!raw) return;
    let live = true;
    listCode().then(({ storedList }) => {
      if (live) setDecoded({ raw, list: storedList(raw) });
    });
    return () => {
      live = false;
    };
  }, [raw]);
  if (raw === '') return 'empty';
  // Once the code is here (an earlier decode, or a press), a new stored value is decoded at once.
  if (raw && code) return code.storedList(raw);
  return decoded && decoded.raw === raw ? decoded.list : null;
}

/**
 * "Add to reading list" for an article, a paragraph, a claim or a theme. Once pressed, the state is said in words:
 * "✓ Added", and the same button now reads "Remove" (so a second press never removes silently); a live status
 * says what changed, and the list's item count links to /reading-list.
 *
 * The list is kept in this browser (localStorage), so the control cannot work without JavaScript: it renders
 * nothing on the server and appears once the page is interactive, rather than showing a dead button.
 */
export function AddToReadingList({ item, label }: { item: ReadingItemRef; label?: string }) {
  const raw = useSyncExternalStore(subscribeStored, readStored, () => null);
  const [status, setStatus] = useState('');
  const stored = useStoredList(raw);
  if (raw === null) return null;
  // A stored list is being decoded: the control keeps its place, unseen, rather than show a state it may not have.
  const pending = stored === null;
  const list = stored && stored !== 'empty' ? stored : null;
  const on = list !== null && code !== null && code.hasItem(list, item);
  const count = list?.items.length ?? 0;
  const what = label ?? defaultItemLabel(item);

  const toggle = async () => {
    const { toggleItem, storedList, writeStored } = await listCode();
    const result = toggleItem(storedList(), item);
    if (result.change === 'full') {
      setStatus(`Your reading list is full (${limits.items} items); remove one to add ${what}.`);
      return;
    }
    writeStored(result.list);
    const kept = storageWorks() ? '' : ' This browser does not let the site keep it, so it lasts only until you leave the site.';
    const now = items(result.list.items.length);
    setStatus(result.change === 'added' ? `Added ${what} to your reading list (${now}).${kept}` : `Removed ${what} from your reading list (${now}).${kept}`);
  };

  return (
    <span className="rl-add" data-ui="" data-pending={pending ? '' : undefined}>
      {/* The state in words. The button keeps its place (and the focus) while its label changes. */}
      {on ? (
        <span className="rl-added">
          <span aria-hidden="true">✓ </span>Added
        </span>
      ) : null}
      <button type="button" className="rl-add-button" onClick={toggle}>
        {on ? (
          <>
            Remove<span className="visually-hidden"> {what} from your reading list</span>
          </>
        ) : (
          <>
            <span aria-hidden="true" className="rl-add-mark">
              +
            </span>{' '}
            Add to reading list<span className="visually-hidden">: {what}</span>
          </>
        )}
      </button>{' '}
      <a href={readingListHref()} className="rl-add-count">
        {on ? 'On your reading list' : 'Reading list'} ({items(count)})
      </a>
      <span role="status" className="rl-add-status">
        {status}
      </span>
    </span>
  );
}
