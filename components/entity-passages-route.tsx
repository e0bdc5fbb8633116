import type { EntityKind } from '@/lib/annotate/types';
import { entityKey, push } from '@/lib/annotate/types';
import { label } from '@/lib/collections';
import type { EntityRef, EntrySlug } from '@/lib/ids';
import { getLibrary } from '@/lib/library';
import { oncePerEntry, pageGroups } from '@/lib/paging';
import { EntityPage } from './EntityPage';
import { laterPagesRoute } from './paged-entry-route';

/**
 * How many pages of passages an entry has (lib/paging.ts), counted once per entry and library: each of an entry's
 * later pages asks twice (its metadata, its page), and counting all of China's mentions on each of its pages made
 * these pages cost more the larger the library (23 ms a page at 5,000 articles against 9 ms at 1,000).
 */
const pageCountOf = oncePerEntry((lib: ReturnType<typeof getLibrary>, ref: EntityRef<EntityKind>): number => {
  const byArticle = new Map<string, unknown[]>();
  for (const m of lib.mentionsByEntity.get(ref) ?? []) push(byArticle, m.article, m);
  return pageGroups([...byArticle.values()], (g) => g).pages.length;
});
const pageCount = (kind: EntityKind, slug: EntrySlug): number => pageCountOf(getLibrary(), entityKey(kind, slug));

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
