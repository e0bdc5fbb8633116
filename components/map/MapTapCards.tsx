'use client';

import { useEffect, useState } from 'react';
import type { MapTapCard } from './MapTapCard';

/** What the card shows of a marker: its place's name, its mentions per article, its page. */
export type Card = { name: string; counts: string; href: string };
export const markerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('a.map-marker') : null);
export const cardOf = (marker: Element): Card => ({
  name: marker.getAttribute('data-name') ?? '',
  counts: marker.getAttribute('data-counts') ?? '',
  href: marker.getAttribute('href') ?? '',
});

/**
 * On a touch screen, a first tap on a map marker opens a small card (./MapTapCard.tsx) instead of leaving the map
 * blind; mouse and keyboard keep the plain links (their name and counts show on hover and focus). The card's code
 * is fetched on that first tap, which is held here (not followed) until it is there (issue 13: first-load
 * JavaScript). The card and its live region are here from the start, and the card shows its content in the same
 * render that unhides it.
 */
export function MapTapCards() {
  const [loaded, setLoaded] = useState<{ Card: typeof MapTapCard } | null>(null);
  const [card, setCard] = useState<Card | null>(null);

  useEffect(() => {
    if (loaded) return;
    let touched: Element | null = null;
    const onDown = (e: PointerEvent) => {
      touched = e.pointerType === 'mouse' ? null : markerOf(e.target);
    };
    // A key press is not a tap: a touch that never became a click leaves nothing behind for Enter to reuse.
    const onKey = () => {
      touched = null;
    };
    const onClick = (e: MouseEvent) => {
      const marker = markerOf(e.target);
      if (!marker || marker !== touched) return;
      e.preventDefault();
      stop();
      // Should the card's code not come (the connection dropped), the tap does what it would have done: open the page.
      import('./MapTapCard').then(
        ({ MapTapCard: Card }) => {
          setLoaded({ Card });
          setCard(cardOf(marker));
        },
        () => window.location.assign(marker.getAttribute('href') ?? ''),
      );
    };
    const stop = () => {
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
    document.addEventListener('pointerdown', onDown, { capture: true, passive: true });
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return stop;
  }, [loaded]);

  return (
    <div className="map-card" hidden={!card} aria-live="polite">
      {loaded ? <loaded.Card card={card} setCard={setCard} /> : null}
    </div>
  );
}
