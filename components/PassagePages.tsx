import { entityHref, entityPassagesHref, type PageCollection } from '@/lib/links';
import type { Article } from '@/lib/content/load';
import { articleShortName } from '@/lib/entities';
import { formatDate, plural } from '@/lib/format';
import { pageWindow, type Paged } from '@/lib/paging';
import type { EntrySlug } from '@/lib/ids';
import './passage-pages.css';

/**
 * Navigation between the pages of a paged list (lib/paging.ts): previous and next, the first and last pages and
 * those near the current one. Plain links: every page is a static page.
 */
export function Pager({ hrefOf, page, count, label, what }: { hrefOf: (n: number) => string; page: number; count: number; label: string; what: string }) {
  if (count <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return (
    <nav className="passage-pager" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefOf(page - 1)} rel="prev">
              ← Previous<span className="visually-hidden"> {what}</span>
            </a>
          </li>
        ) : null}
        {shown.map((n, i) => (
          <li key={n}>
            {i > 0 && n - shown[i - 1]! > 1 ? <span aria-hidden="true">… </span> : null}
            {n === page ? (
              <a href={hrefOf(n)} aria-current="page">
                <span className="visually-hidden">Page </span>
                {n}
              </a>
            ) : (
              <a href={hrefOf(n)}>
                <span className="visually-hidden">Page </span>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < count ? (
          <li>
            <a href={hrefOf(page + 1)} rel="next">
              Next<span className="visually-hidden"> {what}</span> →
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The pager of an entry's passages: page 1 is the entry's page, the others /<kind>/<slug>/passages/<n>. */
export function PassagePager({ collection, slug, page, count, label }: { collection: PageCollection; slug: EntrySlug; page: number; count: number; label: string }) {
  return <Pager hrefOf={(n) => entityPassagesHref(collection, slug, n)} page={page} count={count} label={label} what="page of passages" />;
}

export type ArticleCount = { slug: string; name: string; title: string; count: number; page: number };

/** How many articles the counts list by name: the ones with most passages; the page must not grow with the library. */
export const ARTICLE_COUNTS_LISTED = 60;

/**
 * How many passages each article has, each linking to where its passages start (on an entry's first page; one
 * short line per article: outlet and date, the title as a tooltip). With more than ARTICLE_COUNTS_LISTED
 * articles, those with the most passages are listed, and the rest are counted and left to the pages of passages.
 */
export function ArticleCounts({ collection, slug, articles, headingId }: { collection: PageCollection; slug: EntrySlug; articles: ArticleCount[]; headingId: string }) {
  const listed = articles.length > ARTICLE_COUNTS_LISTED ? [...articles].sort((a, b) => b.count - a.count).slice(0, ARTICLE_COUNTS_LISTED) : articles;
  const rest = articles.length - listed.length;
  const most = rest ? Math.max(...articles.filter((a) => !listed.includes(a)).map((a) => a.count)) : 0;
  return (
    <details className="article-counts">
      <summary id={headingId}>
        Passages by article ({plural(articles.length, 'article')}){rest ? `: the ${listed.length} with the most` : ''}
      </summary>
      <ul>
        {listed.map((a) => (
          <li key={a.slug}>
            <a href={`${entityPassagesHref(collection, slug, a.page)}#in-${a.slug}`} title={a.title}>
              {a.name}
            </a>{' '}
            ({a.count})
          </li>
        ))}
      </ul>
      {rest ? (
        <p>
          And {plural(rest, 'other article')} with at most {plural(most, 'passage')} each, in publication order on the pages of passages.
        </p>
      ) : null}
    </details>
  );
}

/**
 * The passages of every article of a paged list, and their sum: worked out once per list, not on each of its
 * pages (China has a page of passages per hundred, and every page counted them all). `articleOf` is the same for
 * every page of one list.
 */
const countsMemo = new WeakMap<object, { total: number; articles: ArticleCount[] }>();
function countsOf<G, T>(paged: Paged<G, T>, articleOf: (group: G) => Article): { total: number; articles: ArticleCount[] } {
  let memo = countsMemo.get(paged);
  if (!memo) {
    const counts = new Map<G, number>();
    for (const slice of paged.pages.flat()) counts.set(slice.group, (counts.get(slice.group) ?? 0) + slice.items.length);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const articles = [...paged.startPage].map(([group, start]) => {
      const article = articleOf(group);
      return { slug: article.slug, name: `${articleShortName(article)}, ${formatDate(article.published)}`, title: article.title, count: counts.get(group) ?? 0, page: start };
    });
    countsMemo.set(paged, (memo = { total, articles }));
  }
  return memo;
}

/**
 * The head of an entry's passages when they take more than one page (components/EntityPage.tsx, ThemePage.tsx,
 * ClaimPage.tsx): which of them this page shows, the count of every article on page 1 (a link to it on the later
 * pages), and the pager. The counts come from the pages themselves: `articleOf` names each group's article.
 */
export function PagedPassagesHead<G, T>({
  collection,
  slug,
  paged,
  page,
  articleOf,
  what,
  pagerLabel,
  onFirstPage = ', on the first page.',
}: {
  collection: PageCollection;
  slug: EntrySlug;
  paged: Paged<G, T>;
  page: number;
  articleOf: (group: G) => Article;
  /** What the items are called at the start of a sentence: "Passages", "Evidence". */
  what: string;
  pagerLabel: string;
  /** What the later pages' link to the counts is followed by: what else is on the first page. */
  onFirstPage?: string;
}) {
  const { pageCount, shownFrom, shownTo } = pageWindow(paged, page);
  if (pageCount <= 1) return null;
  const { total, articles } = countsOf(paged, articleOf);
  return (
    <>
      <p className="passage-range">
        {what} {shownFrom}–{shownTo} of {total}, page {page} of {pageCount}.
      </p>
      {page === 1 ? (
        <ArticleCounts collection={collection} slug={slug} headingId="article-counts" articles={articles} />
      ) : (
        <p>
          <a href={`${entityHref(collection, slug)}#article-counts`}>
            {what} by article ({plural(articles.length, 'article')})
          </a>
          {onFirstPage}
        </p>
      )}
      <PassagePager collection={collection} slug={slug} page={page} count={pageCount} label={pagerLabel} />
    </>
  );
}
