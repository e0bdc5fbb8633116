'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { MentionCardFiles } from '@/lib/mention-cards';
import { HIGHLIGHT_PARAM } from '@/lib/search/query-url';
import type { ArticleSlug } from '@/lib/ids';
import { copyText } from '@/lib/copy-text';
import type { CitationFormat } from '@/lib/cite/formats';
import type { CslRecord } from '@/lib/cite/record';
import { addPassageMenus } from './passageMenus';

/**
 * The article page's one small client module (issue 13: first-load JavaScript). It builds the paragraphs' menus
 * as soon as it runs (components/article/passageMenus.ts). What it wakes is fetched on first use, not with the
 * page:
 * - the search highlighter, only when the address carries the searched words (`?hl=`), as a search result's
 *   link does;
 * - the mention preview cards, the first time a pointer comes over a mention, a mention gets focus or is
 *   tapped, with the files of cards of the entries the article names (lib/mention-cards.ts). The mention that
 *   woke them gets its card as soon as they are there; a first tap on a touch screen is held here (not
 *   followed) until then, as the cards themselves do;
 * - the paragraph menus' "Add to reading list" (components/article/PassageListButtons.tsx), the first time a
 *   pointer comes over a menu's button, it gets focus or is tapped (the article body is a static island,
 *   lib/islands.ts, so they are put into it from here; the control is only ever seen in an open menu).
 * It also serves the buttons of the Cite panel, static markup in an island too (components/CiteBox.tsx): a copy
 * button copies the citation shown above it at once (a browser lets a page write to the clipboard only while the press is
 * fresh); a download button fetches the file maker on its first press.
 */
const SearchHighlighter = lazy(() => import('@/components/search/SearchHighlighter').then((m) => ({ default: m.SearchHighlighter })));
const MentionPreviews = lazy(() => import('@/components/MentionPreviews').then((m) => ({ default: m.MentionPreviews })));
const PassageListButtons = lazy(() => import('./PassageListButtons').then((m) => ({ default: m.PassageListButtons })));

/** What a press on one of the Cite panel's buttons does; its status (the element after it, or the panel's) says how it went. */
function citeAction(button: HTMLButtonElement) {
  if (button.dataset.copyCitation !== undefined) {
    const status = button.nextElementSibling;
    copyText(button.closest('dd')?.querySelector('p')?.textContent ?? '').then((said) => status && (status.textContent = said));
    return;
  }
  const files = button.closest<HTMLElement>('.cite-files');
  const format = button.dataset.citeFile as CitationFormat;
  const status = files?.querySelector('.copy-status');
  import('@/components/cite/saveCitationFile')
    .then(({ saveCitationFile }) => {
      saveCitationFile(format, JSON.parse(files?.dataset.citeRecord ?? '') as CslRecord, files?.dataset.citeBiblatex ?? '');
      if (status) status.textContent = '';
    })
    .catch(() => {
      if (status) status.textContent = `The ${button.textContent} file could not be made; reload the page and try again`;
    });
}

const mentionOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('a.mention') : null);

export function ArticleIslands({ article, cards }: { article: ArticleSlug; cards: MentionCardFiles }) {
  const [highlight, setHighlight] = useState(false);
  const [previews, setPreviews] = useState<{ anchor: HTMLElement | null } | null>(null);
  const [menus, setMenus] = useState(false);

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('.cite-box button[data-copy-citation], .cite-box button[data-cite-file]') : null;
      if (button) citeAction(button);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  // The paragraph menus, and their controls: fetched when a pointer comes over a menu's button, it gets focus or a tap.
  useEffect(() => {
    addPassageMenus(article);
    const wakers = ['pointerover', 'pointerdown', 'focusin'] as const;
    const stop = () => {
      for (const type of wakers) document.removeEventListener(type, wake, true);
    };
    const wake = (e: Event) => {
      if (!(e.target instanceof Element) || !e.target.closest('[data-article-body] .passage-menu')) return;
      stop();
      setMenus(true);
    };
    for (const type of wakers) document.addEventListener(type, wake, { capture: true });
    return stop;
  }, [article]);

  useEffect(() => {
    // The page is static: the words to highlight can only be read in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) setHighlight(true);
    let touched: Element | null = null;
    const wakers = ['pointerover', 'pointerdown', 'focusin', 'click'] as const;
    const stop = () => {
      for (const type of wakers) document.removeEventListener(type, wake, true);
    };
    const wake = (e: Event) => {
      const mention = mentionOf(e.target);
      if (!mention) return;
      const touch = e instanceof PointerEvent && e.pointerType !== 'mouse';
      if (e.type === 'pointerover' && touch) return; // a tap's own hover: its pointerdown and click decide
      if (e.type === 'pointerdown' && touch) {
        // A tap: its click (which follows) opens the card instead of the page.
        touched = mention;
        setPreviews({ anchor: null });
        return;
      }
      if (e.type === 'focusin' && touched === mention) return; // a tap focuses the link before its click
      if (e.type === 'click') {
        if (touched !== mention) return;
        e.preventDefault();
      }
      stop();
      setPreviews({ anchor: mention as HTMLElement });
    };
    for (const type of wakers) document.addEventListener(type, wake, { capture: true });
    return stop;
  }, []);

  return (
    <Suspense fallback={null}>
      <Suspense fallback={null}>{menus ? <PassageListButtons article={article} /> : null}</Suspense>
      {highlight ? <SearchHighlighter /> : null}
      {previews ? <MentionPreviews cards={cards} initial={previews.anchor} /> : null}
    </Suspense>
  );
}
