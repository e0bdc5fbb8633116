'use client';

import { useEffect, useState } from 'react';
import type { MapTapCard } from './MapTapCard';

const markerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('a.map-marker') : null);

/**
 * On a touch screen, a first tap on a map marker opens a small card (./MapTapCard.tsx) instead of leaving the map
 * blind; mouse and keyboard keep the plain links (their name and counts show on hover and focus). The card's code
 * is fetched on that first tap, which is held here (not followed) until it is there (issue 13: first-load
 * JavaScript). The card's live region is here from the start, so that what it says once filled is announced.
 */
export function MapTapCards() {
  const [loaded, setLoaded] = useState<{ Card: typeof MapTapCard; first: SVGAElement } | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let touched: Element | null = null;
    const onDown = (e: PointerEvent) => {
      touched = e.pointerType === 'mouse' ? null : markerOf(e.target);
    };
    const onClick = (e: MouseEvent) => {
      const marker = markerOf(e.target);
      if (!marker || marker !== touched) return;
      e.preventDefault();
      stop();
      // Should the card's code not come (the connection dropped), the tap does what it would have done: open the page.
      import('./MapTapCard').then(
        ({ MapTapCard: Card }) => setLoaded({ Card, first: marker as SVGAElement }),
        () => window.location.assign(marker.getAttribute('href') ?? ''),
      );
    };
    const stop = () => {
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('click', onClick);
    };
    document.addEventListener('pointerdown', onDown, { capture: true, passive: true });
    document.addEventListener('click', onClick);
    return stop;
  }, []);

  return (
    <div className="map-card" hidden={!open} aria-live="polite">
      {loaded ? <loaded.Card first={loaded.first} onOpen={setOpen} /> : null}
    </div>
  );
}
