import { createRequire } from 'node:module';
import path from 'node:path';
import { Fragment, version as reactVersion, type ReactNode } from 'react';
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
 * Build-only files: the static islands of the site's pages (lib/islands.ts), filled, ISLANDS_PER_PAGE to a file
 * (`out/island-parts/<kind>/<n>.html`). scripts/fill-islands.mjs copies them into the pages after `next build` and
 * removes these files from out/; no visitor ever sees one.
 *
 * A route handler that renders with react-dom's own static renderer, not a page. The islands are most of the
 * site's markup (the articles' text, the sources, the entries' passages), and a page renders its tree twice over
 * (a React Server Components payload, then HTML from that payload) and writes the payload into the page as
 * script. None of that is wanted here, where only the markup is read: as pages, the islands took 12.2 s of a
 * 1,000-article build's CPU; rendered here, 4.0 s (docs-bench.md, "Build cost"). The markup is the same: out/ is
 * the same file for file either way, at 4 and 1,000 articles.
 *
 * Next refuses an `import` of react-dom/server in server code (it wants Server Components rendered by the page
 * pipeline), so the renderer is loaded at run time with Node's own `require`: Next's own copy of react-dom
 * (next/dist/compiled/react-dom), the one that renders its pages, with the same React as the components here; a
 * build whose two versions differ stops (see `renderer`). What an island may hold is narrower than in a page, and
 * lib/islands.ts says so: no client component (one would fail the build here, naming this route), and no hook,
 * async component or `React.cache`, as nothing renders these parts as Server Components.
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
  // What every page has (the header's sections, buttons and search box, the footer, the not-found text): rendered
  // once here, and left empty in every page's layout.
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

export const dynamic = 'force-static';
export const dynamicParams = false;

const SUFFIX = '.html';

export function generateStaticParams() {
  return Object.entries(parts).flatMap(([kind, p]) => p.chunks().map(({ chunk }) => ({ kind, chunk: chunk + SUFFIX })));
}

/**
 * The renderer of Next's pages, react-dom/server as Next ships it (see above); build time only. It must be the
 * version of the React that made the elements, so that the parts are written as a page would write them.
 */
function renderer(): typeof import('react-dom/server') {
  const server = createRequire(path.join(process.cwd(), 'package.json'))('next/dist/compiled/react-dom/server') as typeof import('react-dom/server');
  if (server.version !== reactVersion) {
    throw new Error(`island parts: Next's react-dom/server is ${server.version} but the React of the island components is ${reactVersion}; the parts would not be written as the pages are`);
  }
  return server;
}

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; chunk: string }> }) {
  const { kind, chunk } = await params;
  const p = Object.hasOwn(parts, kind) ? parts[kind] : undefined;
  // Only the params above are built (dynamicParams = false); anything else is not a part.
  if (!p || !chunk.endsWith(SUFFIX)) return new Response('Not found', { status: 404 });
  const html = renderer().renderToStaticMarkup(<>{p.render(chunk.slice(0, -SUFFIX.length))}</>);
  return new Response(`<!DOCTYPE html><html><body>${html}</body></html>`, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
