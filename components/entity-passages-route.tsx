import type { EntityKind } from '@/lib/annotate/types';
import { entityKey, push } from '@/lib/annotate/types';
import { label } from '@/lib/collections';
import type { EntrySlug } from '@/lib/ids';
import { getLibrary } from '@/lib/library';
import { pageGroups } from '@/lib/paging';
import { EntityPage } from './EntityPage';
import { laterPagesRoute } from './paged-entry-route';

/** How many pages of passages an entry has (lib/paging.ts). */
function pageCount(kind: EntityKind, slug: EntrySlug): number {
  const lib = getLibrary();
  const mentions = lib.mentionsByEntity.get(entityKey(kind, slug)) ?? [];
  const byArticle = new Map<string, unknown[]>();
  for (const m of mentions) push(byArticle, m.article, m);
  return pageGroups([...byArticle.values()], (g) => g).pages.length;
}

/**
 * The route of the later pages of an entry's passages, /<kind>/<slug>/passages/<n> for n ≥ 2
 * (components/paged-entry-route.tsx, as for themes and claims).
 */
export function entityPassagesRoute(kind: EntityKind) {
  return laterPagesRoute({
    entries: () => getLibrary()[kind] as { slug: EntrySlug; data: { name: string } }[],
    pageCount: (slug) => pageCount(kind, slug),
    describePage: (entry, n, count) => ({
      title: `${entry.data.name} (${label(kind, 'one')}): passages, page ${n}`,
      description: `Passages of the articles that name ${entry.data.name}, page ${n} of ${count}.`,
    }),
    render: (slug, n) => <EntityPage kind={kind} slug={slug} page={n} />,
  });
}
