'use client';

import { useEffect, useRef, useState } from 'react';

type Card = { name: string; counts: string; href: string };

/**
 * On a touch screen, a first tap on a map marker opens a small card (the place's name, its mentions per article
 * and a link to its page) instead of leaving the map blind; a second tap on the same marker, or the link, opens
 * the page. Mouse and keyboard keep the plain links (their name and counts show on hover and focus).
 */
export function MapTapCard() {
  const [card, setCard] = useState<Card | null>(null);
  const openHref = useRef<string | null>(null);

  useEffect(() => {
    const markerOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest('a.map-marker') as SVGAElement | null) : null);
    let touch: { marker: SVGAElement | null; wasOpen: boolean } | null = null;
    const onDown = (e: PointerEvent) => {
      const marker = markerOf(e.target);
      touch = e.pointerType === 'mouse' ? null : { marker, wasOpen: marker !== null && openHref.current === marker.getAttribute('href') };
    };
    const onKey = () => {
      touch = null;
    };
    const onClick = (e: MouseEvent) => {
      const marker = markerOf(e.target);
      if (!marker || touch?.marker !== marker || touch.wasOpen) return;
      e.preventDefault();
      const href = marker.getAttribute('href') ?? '';
      openHref.current = href;
      setCard({ name: marker.dataset.name ?? '', counts: marker.dataset.counts ?? '', href });
    };
    document.addEventListener('pointerdown', onDown, { capture: true, passive: true });
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('pointerdown', onDown, { capture: true });
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);

  const close = () => {
    openHref.current = null;
    setCard(null);
  };
  return (
    <div className="map-card" hidden={!card} aria-live="polite">
      {card ? (
        <>
          <p className="map-card-name">{card.name}</p>
          <p className="muted">{card.counts}</p>
          <p className="map-card-actions">
            <a href={card.href}>Open the page on {card.name} →</a>
            <button type="button" onClick={close}>
              Close
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}
