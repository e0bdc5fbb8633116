import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticlesIndex, articlesPageCount } from '@/components/ArticlesIndex';
import { laterPages, parsePage } from '@/lib/paging';

type Props = { params: Promise<{ n: string }> };
export const dynamicParams = false;

/**
 * Page 2 and on of the list of every article. With a library small enough for one page, a static export still
 * needs one page for the route: the placeholder `page/none` (not found), which scripts/prune-out.mjs removes.
 */
export function generateStaticParams() {
  const pages = laterPages(articlesPageCount()).map((n) => ({ n }));
  return pages.length ? pages : [{ n: 'none' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = parsePage((await params).n, articlesPageCount());
  if (!n) return { title: 'No such page', robots: { index: false } };
  return { title: `All articles, page ${n}`, description: `Every article of Sightlines, in publication order: page ${n} of ${articlesPageCount()}.` };
}

export default async function ArticlesPage({ params }: Props) {
  const n = parsePage((await params).n, articlesPageCount());
  if (!n) notFound();
  return <ArticlesIndex page={n} />;
}
