import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pagedThread, ThemePage } from '@/components/ThemePage';
import type { EntrySlug } from '@/lib/ids';
import { getLibrary } from '@/lib/library';
import { findThemeByParam } from '@/lib/themes';
import { laterPages, parsePage } from '@/lib/paging';

type Props = { params: Promise<{ slug: string; page: string }> };
export const dynamicParams = false;

const pageCount = (slug: EntrySlug) => pagedThread(slug).paged.pages.length;
const findTheme = (segment: string) => findThemeByParam(getLibrary(), segment);

/**
 * Page 2 and on of a theme's passages (lib/paging.ts). With no theme long enough to need one, a static export
 * still needs one page for the route: the placeholder `passages/none` (not found), removed by scripts/prune-out.mjs.
 */
export function generateStaticParams() {
  const themes = getLibrary().themes;
  const params = themes.flatMap((t) => laterPages(pageCount(t.slug)).map((page) => ({ slug: t.slug, page })));
  return params.length || !themes[0] ? params : [{ slug: themes[0].slug, page: 'none' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const theme = findTheme(slug);
  const n = theme ? parsePage(page, pageCount(theme.slug)) : null;
  if (!theme || !n) return { title: 'No such page', robots: { index: false } };
  return { title: `Theme: ${theme.data.name}, passages, page ${n}`, description: `The passages of the theme ${theme.data.name}, page ${n} of ${pageCount(theme.slug)}.` };
}

export default async function ThemePassages({ params }: Props) {
  const { slug, page } = await params;
  const theme = findTheme(slug);
  if (!theme) notFound();
  const n = parsePage(page, pageCount(theme.slug));
  if (!n) notFound();
  return <ThemePage slug={theme.slug} page={n} />;
}
