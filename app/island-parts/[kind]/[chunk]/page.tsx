import type { Metadata } from 'next';
import { Fragment, type ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { AnnotatedArticleBody } from '@/components/AnnotatedArticleBody';
import { ArticleStaticPanels } from '@/components/ArticleBar';
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { SourceText } from '@/components/article/SourceText';
import { EntityPassages, EntitySide, entityPassagePages, entitySides } from '@/components/EntityPage';
import { ClaimEvidence, claimEvidencePages } from '@/components/ClaimPage';
import { islandChunk, islandChunkParams } from '@/lib/islands';
import { getLibrary } from '@/lib/library';
import { LocatorMap } from '@/components/map/LocatorMap';
import { siteNav } from '@/lib/site';
import { HeaderButtons, SiteNavList } from '@/components/SiteHeader';
import { HeaderSearchBox } from '@/components/search/HeaderSearch';
import { SiteFooter } from '@/components/SiteFooter';
import { NotFoundContent } from '@/components/NotFoundContent';

/**
 * Build-only pages: the static islands of the site's pages (lib/islands.ts), filled, ISLANDS_PER_PAGE to a page.
 * scripts/fill-islands.mjs copies them into the pages after `next build` and removes these pages from out/; no
 * visitor ever sees one.
 */
type Part = { chunks: () => { chunk: string }[]; render: (chunk: string) => ReactNode[] };

function part<T>(items: () => readonly T[], render: (item: T) => ReactNode): Part {
  return { chunks: () => islandChunkParams(items()), render: (chunk) => islandChunk(items(), chunk).map(render) };
}

const parts: Record<string, Part> = {
  articles: part(
    () => getLibrary().articles,
    (article) => (
      <Fragment key={article.slug}>
        <AnnotatedArticleBody article={article} filled />
        <ArticleStaticPanels article={article} filled />
        <ArticleFooter article={article} filled />
      </Fragment>
    ),
  ),
  sources: part(
    () => getLibrary().articles,
    (article) => <SourceText key={article.slug} article={article} filled />,
  ),
  passages: part(entityPassagePages, ({ kind, slug, page }) => <EntityPassages key={`${kind}/${slug}/${page}`} kind={kind} slug={slug} page={page} filled />),
  locators: part(
    () => getLibrary().places,
    (place) => <LocatorMap key={place.slug} placeSlug={place.slug} filled />,
  ),
  sides: part(entitySides, ({ kind, slug }) => <EntitySide key={`${kind}/${slug}`} kind={kind} slug={slug} filled />),
  evidence: part(claimEvidencePages, ({ slug, page }) => <ClaimEvidence key={`${slug}/${page}`} slug={slug} page={page} filled />),
  // What every page has: rendered once here (the layout of this page has them empty, as every page's has).
  chrome: part(
    () => ['chrome'],
    () => (
      <div key="chrome">
        <SiteNavList nav={siteNav()} filled />
        <HeaderButtons filled />
        <HeaderSearchBox filled />
        <SiteFooter filled />
        <NotFoundContent filled />
      </div>
    ),
  ),
};

export const dynamicParams = false;
export const metadata: Metadata = { title: 'Parts of pages (build only)', robots: { index: false, follow: false } };

export function generateStaticParams() {
  return Object.entries(parts).flatMap(([kind, p]) => p.chunks().map(({ chunk }) => ({ kind, chunk })));
}

export default async function IslandParts({ params }: { params: Promise<{ kind: string; chunk: string }> }) {
  const { kind, chunk } = await params;
  const p = Object.hasOwn(parts, kind) ? parts[kind] : undefined;
  if (!p) notFound();
  return <>{p.render(chunk)}</>;
}
