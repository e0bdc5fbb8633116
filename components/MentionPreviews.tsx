'use client';

import { useEffect, useRef, useState } from 'react';

import type { MentionPreview } from '@/lib/entities';
export type { MentionPreview };

type Open = { key: string; anchor: HTMLElement; placement: 'top' | 'bottom' | 'margin'; top: number; left: number };

/**
 * Preview cards for the mention links of an article: shown on hover, on keyboard focus, and on a first tap on touch
 * screens (the second tap follows the link). The card sits in the margin on wide screens and at the top or bottom
 * edge of the viewport (away from the mention) on narrow ones, so it never covers the line being read.
 */
export function MentionPreviews({ entities }: { entities: Record<string, MentionPreview> }) {
  const [open, setOpen] = useState<Open | null>(null);
  // The listeners below are attached once; they read the open card through this ref.
  const openRef = useRef<Open | null>(null);

  useEffect(() => {
    const cardId = 'mention-card';
    const mentionOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest('a.mention[data-entity]') as HTMLAnchorElement | null) : null;

    const show = (anchor: HTMLElement) => {
      const key = anchor.dataset.entity!;
      if (!entities[key]) return;
      const rect = anchor.getBoundingClientRect();
      const body = anchor.closest('.article-body')?.getBoundingClientRect();
      const roomRight = body ? window.innerWidth - body.right : 0;
      let placement: Open['placement'];
      let top = 0;
      let left = 0;
      if (body && roomRight >= 340) {
        placement = 'margin';
        top = Math.min(Math.max(8, rect.top - 8), window.innerHeight - 180);
        left = body.right + 24;
      } else {
        placement = rect.top > window.innerHeight / 2 ? 'top' : 'bottom';
      }
      openRef.current?.anchor.removeAttribute('aria-describedby');
      anchor.setAttribute('aria-describedby', cardId);
      openRef.current = { key, anchor, placement, top, left };
      setOpen(openRef.current);
    };
    const hide = () => {
      openRef.current?.anchor.removeAttribute('aria-describedby');
      openRef.current = null;
      setOpen(null);
    };

    const onOver = (e: MouseEvent) => {
      const a = mentionOf(e.target);
      if (a) show(a);
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
      if (e.key === 'Escape' && openRef.current) hide();
    };
    const onClick = (e: MouseEvent) => {
      const a = mentionOf(e.target);
      // A first tap on a touch screen previews; the second follows the link.
      if (a && (e as PointerEvent).pointerType === 'touch' && openRef.current?.anchor !== a) {
        e.preventDefault();
        show(a);
      }
    };
    document.addEventListener('mouseover', onOver);
    document.addEventListener('mouseout', onOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    window.addEventListener('scroll', hide, { passive: true });
    return () => {
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('mouseout', onOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
      window.removeEventListener('scroll', hide);
    };
  }, [entities]);

  const data = open ? entities[open.key] : undefined;
  const style: React.CSSProperties =
    open?.placement === 'margin'
      ? { top: open.top, left: open.left }
      : open?.placement === 'top'
        ? { top: 8, left: 16 }
        : { bottom: 8, left: 16 };
  return (
    <div id="mention-card" role="tooltip" className="mention-card" hidden={!data} style={style} onMouseLeave={() => {
        openRef.current?.anchor.removeAttribute('aria-describedby');
        openRef.current = null;
        setOpen(null);
      }}>
      {data ? (
        <>
          <p className="card-name">{data.name}</p>
          <p className="muted">{data.kind}</p>
          {data.line ? <p>{data.line}</p> : null}
          <p className="muted">
            {data.count} mention{data.count === 1 ? '' : 's'} in {data.articles} article{data.articles === 1 ? '' : 's'} ·{' '}
            <a href={data.href}>Open page</a>
          </p>
        </>
      ) : null}
    </div>
  );
}
