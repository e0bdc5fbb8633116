import { getLibrary } from '@/lib/library';
import { formatDate } from '@/lib/format';
import { articleHref, articlesHref } from '@/lib/links';
import { articlesPerPage, pageCountOf, pageOf } from '@/lib/paging';
import { Pager } from './PassagePages';

/** How many pages /articles takes (lib/paging.ts): one for a small library. */
export const articlesPageCount = () => pageCountOf(getLibrary().articles.length, articlesPerPage());

/**
 * One page of the list of every article, one line each, in publication order: the list the home and about pages
 * link to once they stop listing them all. Page 1 is /articles; with more articles than fit on a page, the rest
 * are static pages at /articles/page/<n>, so no page grows with the library.
 */
export function ArticlesIndex({ page = 1 }: { page?: number }) {
  const { articles } = getLibrary();
  const size = articlesPerPage();
  const count = articlesPageCount();
  const shown = pageOf(articles, page, size);
  const from = (page - 1) * size + 1;
  return (
    <div className="page articles-index">
      <h1>All articles{count > 1 ? <span className="muted">, page {page} of {count}</span> : null}</h1>
      <p>
        {articles.length} articles, in publication order
        {count > 1 ? `; ${size} a page, these are ${from}–${from + shown.length - 1}` : ''}. Each opens in its reading
        edition, which links to its verbatim source.
      </p>
      <Pager hrefOf={articlesHref} page={page} count={count} label="Pages of the list of articles" what="page of articles" />
      <ol className="link-list" start={from}>
        {shown.map((a) => (
          <li key={a.slug}>
            <a href={articleHref(a.slug)}>{a.title}</a> <span className="muted">{a.outlet}, {formatDate(a.published)}</span>
          </li>
        ))}
      </ol>
      {count > 1 ? <Pager hrefOf={articlesHref} page={page} count={count} label="Pages of the list of articles, again" what="page of articles" /> : null}
    </div>
  );
}
