'use client';

import { useEffect, useState } from 'react';
type CardModule = typeof import('./MapTapCard');

export const markerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('a.map-marker') : null);

/**
 * On a touch screen, a first tap on a map marker opens a small card (./MapTapCard.tsx) instead of leaving the map
 * blind; mouse and keyboard keep the plain links (their name and counts show on hover and focus). The card's code
 * is fetched on that first tap, which is held here (not followed) until it is there (issue 13: first-load
 * JavaScript). The card and its live region are here from the start, and the card shows its content in the same
 * render that unhides it.
 */
export function MapTapCards() {
  const [loaded, setLoaded] = useState<CardModule | null>(null);
  // The marker whose card is open, or null.
  const [marker, setMarker] = useState<Element | null>(null);

  useEffect(() => {
    let touched: Element | null = null;
    const onDown = (e: PointerEvent) => {
      touched = e.pointerType === 'mouse' ? null : markerOf(e.target);
    };
    const onClick = (e: MouseEvent) => {
      const marker = markerOf(e.target);
      // A click from the keyboard (detail 0) is not a tap, whatever touch came before it.
      if (!marker || marker !== touched || !e.detail) return;
      e.preventDefault();
      stop();
      // Should the card's code not come (the connection dropped), the tap does what it would have done: open the page.
      import('./MapTapCard').then(
        (module) => {
          setLoaded(module);
          setMarker(marker);
        },
        () => window.location.assign(marker.getAttribute('href') ?? ''),
      );
    };
    const stop = () => {
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('click', onClick);
    };
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('click', onClick);
    return stop;
  }, []);

  return (
    <div className="map-card" hidden={!marker} aria-live="polite">
      {loaded ? <loaded.MapTapCard marker={marker} setMarker={setMarker} /> : null}
    </div>
  );
}
