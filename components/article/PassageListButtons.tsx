'use client';

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { AddToReadingList } from '@/components/reading-list/AddToReadingList';
import type { ArticleSlug } from '@/lib/ids';

/**
 * "Add to reading list" in every paragraph's menu. The article body is a static island (lib/islands.ts): React
 * never renders inside it, so the controls are rendered here, one portal into each menu's slot
 * (components/article/passageMenus.ts), once the page is interactive. Like every such control they need the browser's
 * storage, and the server sends none of them.
 */
export function PassageListButtons({ article }: { article: ArticleSlug }) {
  const [slots, setSlots] = useState<{ n: number; element: Element }[]>([]);
  useEffect(() => {
    const found = [...document.querySelectorAll('[data-article-body] [data-add-passage]')].flatMap((element) => {
      const n = Number(element.getAttribute('data-add-passage'));
      return Number.isInteger(n) && n > 0 ? [{ n, element }] : [];
    });
    // The slots are in the static HTML: they can only be found once the page runs.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSlots(found);
  }, []);
  return slots.map(({ n, element }) => createPortal(<AddToReadingList item={{ type: 'passage', article, n }} label={`paragraph ${n}`} />, element, String(n)));
}
