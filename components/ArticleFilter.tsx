'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * One row that narrows a page's passages to one article. The groups are server-rendered sections with ids
 * `in-<article>`. Before the page is interactive (and without JavaScript) the row is made of links that jump to
 * each group; once it is, the same row is a set of toggle buttons that show one article's passages, or all.
 */
export function ArticleFilter({
  articles,
  label,
  allAnchor,
}: {
  articles: { slug: string; name: string; count: number }[];
  label: string;
  /** Where “All articles” jumps to before the page is interactive: the heading over the groups. */
  allAnchor: string;
}) {
  const interactive = useSyncExternalStore(subscribe, () => true, () => false);
  const [shown, setShown] = useState('all');

  useEffect(() => {
    for (const a of articles) {
      const section = document.getElementById(`in-${a.slug}`);
      if (section) section.hidden = shown !== 'all' && shown !== a.slug;
    }
  }, [shown, articles]);

  const total = articles.reduce((n, a) => n + a.count, 0);
  const visible = shown === 'all' ? total : (articles.find((a) => a.slug === shown)?.count ?? 0);
  const choices = [{ slug: 'all', name: 'All articles', count: total }, ...articles];
  return (
    <div className="article-filter" role="group" aria-label={label}>
      <span className="article-filter-label" aria-hidden="true">
        {label}:
      </span>
      <ul>
        {choices.map((a) =>
          interactive ? (
            <li key={a.slug}>
              <button type="button" className="filter-chip" aria-pressed={shown === a.slug} onClick={() => setShown(a.slug)}>
                {a.name} ({a.count})
              </button>
            </li>
          ) : (
            <li key={a.slug}>
              <a className="filter-chip" href={a.slug === 'all' ? `#${allAnchor}` : `#in-${a.slug}`}>
                {a.name} ({a.count})
              </a>
            </li>
          ),
        )}
      </ul>
      <span className="visually-hidden" role="status">
        {interactive ? `${visible} passage${visible === 1 ? '' : 's'} shown` : ''}
      </span>
    </div>
  );
}
