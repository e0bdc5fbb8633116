'use client';

import { useEffect, useState } from 'react';

/**
 * Shows the passages of one article only. The groups are server-rendered sections with ids `in-<article>`;
 * without JavaScript the filter is not shown and the jump links above the groups serve instead.
 */
export function ArticleFilter({ articles, label }: { articles: { slug: string; name: string; count: number }[]; label: string }) {
  const [shown, setShown] = useState('all');

  useEffect(() => {
    for (const a of articles) {
      const section = document.getElementById(`in-${a.slug}`);
      if (section) section.hidden = shown !== 'all' && shown !== a.slug;
    }
  }, [shown, articles]);

  const total = articles.reduce((n, a) => n + a.count, 0);
  const visible = shown === 'all' ? total : (articles.find((a) => a.slug === shown)?.count ?? 0);
  return (
    <fieldset className="article-filter">
      <legend>{label}</legend>
      {[{ slug: 'all', name: 'All articles', count: total }, ...articles].map((a) => (
        <label key={a.slug}>
          <input type="radio" name="article-filter" value={a.slug} checked={shown === a.slug} onChange={() => setShown(a.slug)} />{' '}
          {a.name} ({a.count})
        </label>
      ))}
      <span className="visually-hidden" role="status">
        {visible} passage{visible === 1 ? '' : 's'} shown
      </span>
    </fieldset>
  );
}
