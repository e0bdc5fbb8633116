import type { Article } from '@/lib/content/load';
import { formatDate, listNames } from '@/lib/format';

/** Outlet, authors, date and reading time, as one line of facts. */
export function ArticleMeta({ article }: { article: Article }) {
  return (
    <p className="article-meta">
      <span className="outlet">{article.outlet}</span>
      {' · '}
      <span>{article.authors.length ? `By ${listNames(article.authors)}` : 'Author not known'}</span>
      {' · '}
      <time dateTime={article.published}>{formatDate(article.published)}</time>
      {' · '}
      <span>{article.readingMinutes} min read</span>
    </p>
  );
}
