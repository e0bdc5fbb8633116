import type { Metadata } from 'next';
import { getLibrary } from '@/lib/library';
import { formatDate } from '@/lib/format';
import { articleHref } from '@/lib/links';

export const metadata: Metadata = {
  title: 'All articles',
  description: 'Every article of Sightlines, in publication order, with its outlet and date.',
};

/** Every article, one line each: the list the home and about pages link to once they stop listing them all. */
export default function Articles() {
  const { articles } = getLibrary();
  return (
    <div className="page articles-index">
      <h1>All articles</h1>
      <p>
        {articles.length} articles, in publication order. Each opens in its reading edition, which links to its
        verbatim source.
      </p>
      <ol className="link-list">
        {articles.map((a) => (
          <li key={a.slug}>
            <a href={articleHref(a.slug)}>{a.title}</a> <span className="muted">{a.outlet}, {formatDate(a.published)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
