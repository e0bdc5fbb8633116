'use client';

import { useEffect, useRef } from 'react';
import { markerOf } from './MapTapCards';

/**
 * The card a tap on a map marker opens (./MapTapCards.tsx fetches this on the first tap, holds that tap for it
 * and keeps the card's state): the place's name, its mentions per article and a link to its page. A second tap
 * on the same marker, or the link, opens the page; a tap on another marker shows that one; Close hides it, and
 * the next tap opens it again.
 */
export function MapTapCard({ marker, setMarker }: { marker: Element | null; setMarker: (marker: Element | null) => void }) {
  const href = marker?.getAttribute('href') ?? null;
  // The listeners are set once; they read the open card's page from here.
  const openHref = useRef<string | null>(href);
  useEffect(() => {
    openHref.current = href;
  }, [href]);

  useEffect(() => {
    let touch: { marker: Element | null; wasOpen: boolean } | null = null;
    const onDown = (e: PointerEvent) => {
      const marker = markerOf(e.target);
      touch = e.pointerType === 'mouse' ? null : { marker, wasOpen: marker !== null && openHref.current === marker.getAttribute('href') };
    };
    const onClick = (e: MouseEvent) => {
      const marker = markerOf(e.target);
      // A click from the keyboard (detail 0) is not a tap, whatever touch came before it (as in ./MapTapCards.tsx).
      if (!marker || touch?.marker !== marker || touch.wasOpen || !e.detail) return;
      e.preventDefault();
      openHref.current = marker.getAttribute('href');
      setMarker(marker);
    };
    document.addEventListener('pointerdown', onDown, { capture: true, passive: true });
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('click', onClick);
    };
  }, [setMarker]);

  const close = () => {
    openHref.current = null;
    setMarker(null);
  };
  if (!marker) return null;
  const name = marker.getAttribute('data-name') ?? '';
  return (
    <>
      <p className="map-card-name">{name}</p>
      <p className="muted">{marker.getAttribute('data-counts')}</p>
      <p className="map-card-actions">
        <a href={href ?? undefined}>Open the page on {name} →</a>
        <button type="button" onClick={close}>
          Close
        </button>
      </p>
    </>
  );
}
