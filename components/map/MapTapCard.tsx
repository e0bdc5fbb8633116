'use client';

import { useEffect, useRef, useState } from 'react';

type Card = { name: string; counts: string; href: string };

const markerOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest('a.map-marker') as SVGAElement | null) : null);
const cardOf = (marker: SVGAElement): Card => ({ name: marker.dataset.name ?? '', counts: marker.dataset.counts ?? '', href: marker.getAttribute('href') ?? '' });

/**
 * The card a tap on a map marker opens (./MapTapCards.tsx fetches this on the first tap, and holds that tap for
 * it): the place's name, its mentions per article and a link to its page. A second tap on the same marker, or the
 * link, opens the page; a tap on another marker shows that one.
 */
export function MapTapCard({ first, onOpen }: { first: SVGAElement; onOpen: (open: boolean) => void }) {
  const [card, setCard] = useState<Card | null>(() => cardOf(first));
  const openHref = useRef<string | null>(first.getAttribute('href'));

  useEffect(() => onOpen(card !== null), [card, onOpen]);

  useEffect(() => {
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
      openHref.current = marker.getAttribute('href');
      setCard(cardOf(marker));
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
  return card ? (
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
  ) : null;
}
