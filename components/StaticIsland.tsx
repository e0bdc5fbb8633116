import type { HTMLAttributes, ReactNode } from 'react';
import { ISLAND_ATTRIBUTE } from '@/lib/islands';
import type { IslandTag } from '@/lib/island-attribute';
import { IslandHole } from './IslandHole';

type Props = { name: string; filled: boolean; as?: IslandTag; children?: ReactNode } & Omit<HTMLAttributes<HTMLElement>, 'children' | 'dangerouslySetInnerHTML'> & { [data: `data-${string}`]: string };

/**
 * An element whose content is sent once, in the HTML (lib/islands.ts). `filled`: rendered with its children (in
 * a build-only island part, under `next dev`); otherwise empty (components/IslandHole.tsx), to be filled after the
 * build, and left alone by React in the browser. Its children are not rendered at all when it is empty.
 */
export function StaticIsland({ name, filled, as: Tag = 'div', children, ...props }: Props) {
  if (filled) return <Tag {...props} {...{ [ISLAND_ATTRIBUTE]: name }}>{children}</Tag>;
  return <IslandHole name={name} as={Tag} {...props} />;
}
