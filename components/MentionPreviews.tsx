'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';

import type { MentionPreview } from '@/lib/entities';
import { fetchJson } from '@/lib/fetch-json';
import { mentionCardsHref } from '@/lib/links';
import { entityRefOfHref } from '@/lib/entity-href';
import { readMentionCards, type MentionCardFiles } from '@/lib/mention-cards';
export type { MentionPreview };

type Open = { key: string; anchor: HTMLElement };
type Cards = { cards: Record<string, MentionPreview> } | { error: string };

/**
 * The cards in the files an article page names (lib/mention-cards.ts), fetched together the first time they are
 * needed; a file that cannot be fetched or is not what it should be gives the reason instead.
 */
async function loadCards({ files, names }: MentionCardFiles): Promise<Cards> {
  try {
    const read = await Promise.all(
      Object.entries(names).map(async ([k, name]) => {
        const cards = readMentionCards(await fetchJson(mentionCardsHref(name), 'the preview cards'), Number(k), files);
        if (!cards) throw new Error('the preview cards are not in the expected form');
        return cards;
      }),
    );
    return { cards: Object.fromEntries(read.flatMap((cards) => Object.entries(cards))) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Preview cards for the mention links of an article: shown on hover, on keyboard focus, and on a first tap on touch
 * screens (the card then holds the link to the page; a second tap on the name follows it too). The card opens at
 * the name, below it or above it, whichever has room, kept inside the window (Floating UI places it).
 * `initial` is the mention whose hover, focus or tap caused this code to be fetched: its card opens as soon as the
 * files of cards are there. Should they fail to load, the card says why, and the next name shown tries again.
 */
export function MentionPreviews({ cards, initial = null }: { cards: MentionCardFiles; initial?: HTMLElement | null }) {
  const [open, setOpen] = useState<Open | null>(null);
  const [loaded, setLoaded] = useState<Cards | null>(null);
  /** Each failed load is followed by another attempt when the next name is shown. */
  const [attempt, setAttempt] = useState(0);
  const failedRef = useRef(false);
  // The cards come with this code's first use: a name opened before they arrive gets its card when they do.
  useEffect(() => {
    let live = true;
    loadCards(cards).then((result) => {
      if (!live) return;
      failedRef.current = 'error' in result;
      setLoaded(result);
    });
    return () => {
      live = false;
    };
  }, [cards, attempt]);
  const cardRef = useRef<HTMLDivElement>(null);
  // The listeners below are attached once; they read the open card through this ref.
  const openRef = useRef<Open | null>(null);

  useEffect(() => {
    const mentionOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest('a.mention') as HTMLAnchorElement | null) : null;

    const show = (anchor: HTMLElement) => {
      // A mention links to its entry's page: the card's key is the entry that address names.
      const key = entityRefOfHref(anchor.getAttribute('href')) ?? '';
      if (failedRef.current && openRef.current?.anchor !== anchor) {
        // The files of cards did not load: try again for this name.
        failedRef.current = false;
        setLoaded(null);
        setAttempt((n) => n + 1);
      }
      openRef.current = { key, anchor };
      setOpen(openRef.current);
    };
    const hide = () => {
      openRef.current = null;
      setOpen(null);
    };

    // A tap also fires mouseover before its click: which mention a touch began on, and whether its card was
    // already open then, decides between previewing and following the link.
    let touch: { anchor: HTMLAnchorElement | null; wasOpen: boolean } | null = null;
    const onPointerDown = (e: PointerEvent) => {
      const a = mentionOf(e.target);
      touch = e.pointerType === 'mouse' ? null : { anchor: a, wasOpen: a !== null && openRef.current?.anchor === a };
    };
    const onOver = (e: MouseEvent) => {
      const a = mentionOf(e.target);
      if (a && !touch) show(a);
    };
    const onOut = (e: MouseEvent) => {
      const a = mentionOf(e.target);
      const to = e.relatedTarget instanceof Element ? e.relatedTarget : null;
      if (a && !to?.closest('#mention-card') && document.activeElement !== a) hide();
    };
    const onFocusIn = (e: FocusEvent) => {
      const a = mentionOf(e.target);
      if (a) show(a);
      else if (!(e.target instanceof Element && e.target.closest('#mention-card'))) hide();
    };
    const onKey = (e: KeyboardEvent) => {
      touch = null;
      if (e.key === 'Escape' && openRef.current) hide();
    };
    const onClick = (e: MouseEvent) => {
      const a = mentionOf(e.target);
      // A first tap on a touch screen previews; the second follows the link.
      if (a && touch?.anchor === a && !touch.wasOpen) {
        e.preventDefault();
        show(a);
      } else if (!a && openRef.current && !(e.target instanceof Element && e.target.closest('#mention-card'))) hide();
    };
    document.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
    document.addEventListener('mouseover', onOver);
    document.addEventListener('mouseout', onOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    // Scrolling moves the card with its name, and closes it once the name leaves the window.
    const onScroll = () => {
      const current = openRef.current;
      if (!current) return;
      const r = current.anchor.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) hide();
      else setOpen({ ...current });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    // Loaded on first use (components/article/ArticleIslands.tsx): the mention that woke the cards gets its card.
    if (initial?.isConnected) show(initial);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, { capture: true });
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('mouseout', onOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
      window.removeEventListener('scroll', onScroll);
    };
  }, [initial]);

  const data = open && loaded && 'cards' in loaded ? loaded.cards[open.key] : undefined;
  const failed = open && loaded && 'error' in loaded ? loaded.error : '';
  const shown = !!(data || failed);

  // The name is described by its card while the card shows something (not while the files are on their way).
  useEffect(() => {
    if (!open || !shown) return;
    open.anchor.setAttribute('aria-describedby', 'mention-card');
    return () => open.anchor.removeAttribute('aria-describedby');
  }, [open, shown]);

  // Place the card at the name once it is drawn (its size is known then).
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!open || !shown || !card) return;
    let cancelled = false;
    // Floating UI is fetched the first time a card opens, so that it adds nothing to the page's first load; the
    // card stays invisible until it has its place.
    card.style.visibility = 'hidden';
    import('@floating-ui/dom')
      .then(({ computePosition, flip, offset, shift }) =>
        computePosition(open.anchor, card, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(6), flip(), shift({ padding: 8 })] }),
      )
      .then(({ x, y }) => {
        if (cancelled) return;
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
        card.style.visibility = '';
      })
      .catch(() => {
        // Without its placement the card still shows, at the top left of the window.
        if (!cancelled) card.style.visibility = '';
      });
    return () => {
      cancelled = true;
    };
  }, [open, shown]);

  return (
    <div
      id="mention-card"
      ref={cardRef}
      role="tooltip"
      className="mention-card"
      hidden={!shown}
      onMouseLeave={() => {
        openRef.current = null;
        setOpen(null);
      }}
    >
      {data ? (
        <>
          <p className="card-name">{data.name}</p>
          <p className="muted">{data.kind}</p>
          {data.line ? <p>{data.line}</p> : null}
          <p className="muted">
            {data.count} mention{data.count === 1 ? '' : 's'} in {data.articles} article{data.articles === 1 ? '' : 's'}
          </p>
          <p>
            <a href={data.href}>Open the page on {data.name} →</a>
          </p>
        </>
      ) : failed && open ? (
        <>
          <p className="card-name">{open.anchor.textContent}</p>
          <p>The preview could not be shown: {failed}. The link still opens the page.</p>
        </>
      ) : null}
    </div>
  );
}
