import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { slugRoute, type SlugProps } from './slug-route';
import { parseEntrySlug, type EntrySlug } from '@/lib/ids';
import { laterPages, parsePage } from '@/lib/paging';

export type PagedProps = { params: Promise<{ slug: string; page: string }> };

type LaterPages<T> = {
  /** Every entry of the collection; a URL segment names the one with its slug (none when not shaped like a slug). */
  entries: () => readonly T[];
  /** How many pages the entry's passages take. */
  pageCount: (slug: EntrySlug) => number;
  /** The metadata of its later page `page` of `count`. */
  describePage: (entry: T, page: number, count: number) => Metadata;
  /** The page itself (components/EntityPage.tsx, ThemePage.tsx, ClaimPage.tsx); page 1 when `page` is not given. */
  render: (slug: EntrySlug, page?: number) => ReactNode;
};

/** The entry a URL segment names among `entries`, or undefined (a segment not shaped like a slug names none). */
const finder =
  <T extends { slug: EntrySlug }>(entries: () => readonly T[]) =>
  (segment: string) => {
    const slug = parseEntrySlug(segment);
    return slug ? entries().find((e) => e.slug === slug) : undefined;
  };

/**
 * The route of the later pages of an entry's passages, /<collection>/<slug>/passages/<n> for n ≥ 2 (lib/paging.ts).
 * With no entry long enough to need one, a static export still needs one page for the route: the placeholder
 * `passages/none` (not found), removed by scripts/prune-out.mjs.
 */
export function laterPagesRoute<T extends { slug: EntrySlug }>(spec: LaterPages<T>) {
  const find = finder(spec.entries);
  /** The entry and page number a later page's URL names, or null when either is not there. */
  const located = async ({ params }: PagedProps) => {
    const { slug, page } = await params;
    const entry = find(slug);
    const n = entry ? parsePage(page, spec.pageCount(entry.slug)) : null;
    return entry && n ? { entry, n } : null;
  };
  return {
    generateStaticParams: () => {
      const entries = spec.entries();
      const params = entries.flatMap((e) => laterPages(spec.pageCount(e.slug)).map((page) => ({ slug: e.slug, page })));
      return params.length || !entries[0] ? params : [{ slug: entries[0].slug, page: 'none' }];
    },
    generateMetadata: async (props: PagedProps): Promise<Metadata> => {
      const at = await located(props);
      return at ? spec.describePage(at.entry, at.n, spec.pageCount(at.entry.slug)) : { title: 'No such page', robots: { index: false } };
    },
    Page: async (props: PagedProps) => {
      const at = await located(props);
      if (!at) notFound();
      return spec.render(at.entry.slug, at.n);
    },
  };
}

/**
 * The two routes of an entry whose passages are paged, a theme or a claim: its page (/<collection>/<slug>, page 1)
 * and its later pages (`laterPagesRoute`). Each route file only re-exports one of them: the entry the URL names is
 * found, counted and described here, once for both.
 */
export function pagedEntryRoutes<T extends { slug: EntrySlug }>(spec: LaterPages<T> & { describe: (entry: T) => Metadata }) {
  const first = slugRoute(spec.entries, finder(spec.entries), spec.describe);
  return {
    first: {
      generateStaticParams: first.generateStaticParams,
      generateMetadata: first.generateMetadata,
      Page: async (props: SlugProps) => spec.render((await first.entry(props)).slug),
    },
    later: laterPagesRoute(spec),
  };
}
