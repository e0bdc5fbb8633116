import type { Metadata } from 'next';
import { Suspense } from 'react';
import { articleCountWords, getLibrary } from '@/lib/library';
import { SearchPage } from '@/components/search/SearchPage';
import { articleHref, collectionHref, searchHref } from '@/lib/links';
import { entryCollections, label } from '@/lib/collections';

export const metadata: Metadata = {
  title: 'Search',
  description: `Search the ${articleCountWords()} articles, and the places, people, organizations, themes and claims they share.`,
};

const indexPages = entryCollections.map((c) => ({ href: collectionHref(c), label: label(c, 'Many') }));

/** Before the script runs (and without it), the page is this plain form; it submits to itself as ?q=. */
function StaticSearchForm() {
  return (
    <form role="search" aria-label="Search page" action={searchHref()} method="get" className="search-page-form">
      <label htmlFor="search-page-input">Search the {articleCountWords()} articles, and their places, people, organizations, themes and claims</label>
      <div className="search-page-row">
        <input id="search-page-input" type="search" name="q" autoComplete="off" spellCheck={false} />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

/**
 * /search?q=… — prerendered with an empty state; the query is read in the browser (useSearchParams inside
 * Suspense, so the rest of the page stays static). Without JavaScript, the page offers the ways to browse.
 */
export default function SearchRoute() {
  const articles = getLibrary().articles;
  return (
    <div className="page wide search-page">
      <h1>Search</h1>
      <Suspense fallback={<StaticSearchForm />}>
        <SearchPage articleCount={articleCountWords()} />
      </Suspense>
      <noscript>
        <div className="search-noscript">
          <p>
            Search runs in your browser and needs JavaScript, which is off. Everything it would find can be
            reached from these pages:
          </p>
          <ul className="ways">
            {indexPages.map((page) => (
              <li key={page.href}>
                <a href={page.href}>{page.label}</a>
              </li>
            ))}
          </ul>
          <h2>The articles</h2>
          <ul>
            {articles.map((article) => (
              <li key={article.slug}>
                <a href={articleHref(article.slug)}>{article.title}</a> ({article.outlet})
              </li>
            ))}
          </ul>
        </div>
      </noscript>
    </div>
  );
}
