'use client';

import { useState, useSyncExternalStore } from 'react';
import { hasItem, toggleItem } from '@/lib/reading-list/list';
import { readStored, storageWorks, storedList, subscribeStored, writeStored } from '@/lib/reading-list/store';
import { limits, type ReadingItemRef } from '@/lib/reading-list/types';
import './reading-list.css';
import { readingListHref } from '@/lib/links';

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
 * "Add to reading list" for an article, a paragraph, a claim or a theme. A toggle button (aria-pressed is true
 * while the item is on the list; its name stays the same, as the ARIA pattern for toggle buttons asks), a live
 * status that says what changed, and the list's item count linking to /reading-list.
 *
 * The list is kept in this browser (localStorage), so the control cannot work without JavaScript: it renders
 * nothing on the server and appears once the page is interactive, rather than showing a dead button.
 */
export function AddToReadingList({ item, label }: { item: ReadingItemRef; label?: string }) {
  const raw = useSyncExternalStore(subscribeStored, readStored, () => null);
  const [status, setStatus] = useState('');
  if (raw === null) return null;

  const list = storedList(raw);
  const on = hasItem(list, item);
  const what = label ?? defaultItemLabel(item);

  const toggle = () => {
    const result = toggleItem(storedList(), item);
    if (result.change === 'full') {
      setStatus(`Your reading list is full (${limits.items} items); remove one to add ${what}.`);
      return;
    }
    writeStored(result.list);
    const kept = storageWorks() ? '' : ' This browser does not let the site keep it, so it lasts only until you leave the site.';
    const count = items(result.list.items.length);
    setStatus(result.change === 'added' ? `Added ${what} to your reading list (${count}).${kept}` : `Removed ${what} from your reading list (${count}).${kept}`);
  };

  return (
    <span className="rl-add" data-ui="">
      <button type="button" className="rl-add-button" aria-pressed={on} onClick={toggle}>
        <span aria-hidden="true" className="rl-add-mark">
          {on ? '✓' : '+'}
        </span>{' '}
        Add to reading list<span className="visually-hidden">: {what}</span>
      </button>{' '}
      <a href={readingListHref()} className="rl-add-count">
        {on ? 'On your reading list' : 'Reading list'} ({items(list.items.length)})
      </a>
      <span role="status" className="rl-add-status">
        {status}
      </span>
    </span>
  );
}
