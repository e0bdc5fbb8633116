'use client';

import { useState, type HTMLAttributes } from 'react';
import { ISLAND_ATTRIBUTE, type IslandTag } from '@/lib/island-attribute';

type Props = { name: string; as: IslandTag } & Omit<HTMLAttributes<HTMLElement>, 'children' | 'dangerouslySetInnerHTML'>;

/** What a static island holds in this document (its markup as the HTML brought it), or nothing on the server. */
function markupInDocument(name: string): string {
  if (typeof document === 'undefined') return '';
  return document.querySelector(`[${ISLAND_ATTRIBUTE}="${CSS.escape(name)}"]`)?.innerHTML ?? '';
}

/**
 * The empty element of a static island (lib/islands.ts, components/StaticIsland.tsx). React leaves the content of
 * an element with `dangerouslySetInnerHTML` alone when it hydrates it. Should React ever render the page afresh in
 * the browser instead (it does after a hydration error anywhere above), the element is made again with the markup
 * it held, read from the document before React replaces it, rather than left empty.
 */
export function IslandHole({ name, as: Tag, ...props }: Props) {
  const [markup] = useState(() => markupInDocument(name));
  return <Tag {...props} {...{ [ISLAND_ATTRIBUTE]: name }} dangerouslySetInnerHTML={{ __html: markup }} suppressHydrationWarning />;
}
