import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { EntityKind } from '@/lib/annotate/types';
import { entityKey } from '@/lib/annotate/types';
import { label } from '@/lib/collections';
import { findEntityByParam } from '@/lib/entities';
import type { EntrySlug } from '@/lib/ids';
import { getLibrary } from '@/lib/library';
import { laterPages, pageGroups, parsePage } from '@/lib/paging';
import { EntityPage } from './EntityPage';

const PLACEHOLDER_PAGE = 'none';

export type PassagesProps = { params: Promise<{ slug: string; page: string }> };

/** How many pages of passages an entry has (lib/paging.ts). */
function pageCount(kind: EntityKind, slug: EntrySlug): number {
  const lib = getLibrary();
  const mentions = lib.mentionsByEntity.get(entityKey(kind, slug)) ?? [];
  const byArticle = new Map<string, unknown[]>();
  for (const m of mentions) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  return pageGroups([...byArticle.values()], (g) => g).pages.length;
}

/**
 * The route of the later pages of an entry's passages, /<kind>/<slug>/passages/<n> for n ≥ 2. With no entry
 * of this kind long enough to need one, a static export still needs one page per route: the placeholder
 * `passages/none` (not found), which scripts/prune-out.mjs removes from out/.
 */
export function entityPassagesRoute(kind: EntityKind) {
  const entries = () => getLibrary()[kind] as { slug: EntrySlug }[];
  return {
    generateStaticParams(): { slug: string; page: string }[] {
      const params = entries().flatMap((e) => laterPages(pageCount(kind, e.slug)).map((page) => ({ slug: e.slug, page })));
      const first = entries()[0];
      return params.length || !first ? params : [{ slug: first.slug, page: PLACEHOLDER_PAGE }];
    },
    async generateMetadata({ params }: PassagesProps): Promise<Metadata> {
      const { slug: segment, page } = await params;
      const entry = findEntityByParam(getLibrary(), kind, segment);
      const n = entry && parsePage(page, pageCount(kind, entry.slug));
      if (!entry || !n) return { title: 'No such page', robots: { index: false } };
      const { slug } = entry;
      return {
        title: `${entry.data.name} (${label(kind, 'one')}): passages, page ${n}`,
        description: `Passages of the articles that name ${entry.data.name}, page ${n} of ${pageCount(kind, slug)}.`,
      };
    },
    Page: async function EntityPassagesPage({ params }: PassagesProps) {
      const { slug: segment, page } = await params;
      const entry = findEntityByParam(getLibrary(), kind, segment);
      if (!entry) notFound();
      const n = parsePage(page, pageCount(kind, entry.slug));
      if (!n) notFound();
      return <EntityPage kind={kind} slug={entry.slug} page={n} />;
    },
  };
}
