import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { slugRoute, type SlugProps } from './slug-route';
import { parseEntrySlug, type EntrySlug } from '@/lib/ids';
import { laterPages, parsePage } from '@/lib/paging';

export type PagedProps = { params: Promise<{ slug: string; page: string }> };

/**
 * The two routes of an entry whose passages are paged (lib/paging.ts), a theme or a claim: its page
 * (/<collection>/<slug>, page 1) and its later pages (/<collection>/<slug>/passages/<n>). Each route file only
 * re-exports one of them: the entry the URL names is found, counted and described here, once for both.
 */
export function pagedEntryRoutes<T extends { slug: EntrySlug }>(spec: {
  /** Every entry of the collection; a URL segment names the one with its slug (none when not shaped like a slug). */
  entries: () => readonly T[];
  /** How many pages the entry's passages take. */
  pageCount: (slug: EntrySlug) => number;
  /** The metadata of the entry's own page. */
  describe: (entry: T) => Metadata;
  /** The metadata of its later page `page` of `count`. */
  describePage: (entry: T, page: number, count: number) => Metadata;
  /** The page itself (components/ThemePage.tsx, components/ClaimPage.tsx). */
  render: (slug: EntrySlug, page?: number) => ReactNode;
}) {
  const find = (segment: string) => {
    const slug = parseEntrySlug(segment);
    return slug ? spec.entries().find((e) => e.slug === slug) : undefined;
  };
  const first = slugRoute(spec.entries, find, spec.describe);
  /** The entry and page number a later page's URL names, or null when either is not there. */
  const located = async ({ params }: PagedProps) => {
    const { slug, page } = await params;
    const entry = find(slug);
    const n = entry ? parsePage(page, spec.pageCount(entry.slug)) : null;
    return entry && n ? { entry, n } : null;
  };
  return {
    first: {
      generateStaticParams: first.generateStaticParams,
      generateMetadata: first.generateMetadata,
      Page: async (props: SlugProps) => spec.render((await first.entry(props)).slug),
    },
    later: {
      /**
       * Page 2 and on of every entry. With no entry long enough to need one, a static export still needs one page
       * for the route: the placeholder `passages/none` (not found), removed by scripts/prune-out.mjs.
       */
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
    },
  };
}
