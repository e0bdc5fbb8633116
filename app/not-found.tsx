import type { Metadata } from 'next';
import { getLibrary } from '@/lib/library';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This address is not a page of Sightlines. Here is where to go instead.',
};

export default function NotFound() {
  const { articles } = getLibrary();
  return (
    <div className="page not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. It may have been mistyped, or a link may point to something that was never
        part of Sightlines. These pages do exist:
      </p>
      <ul>
        <li>
          <a href="/">The home page</a>, with the four articles
        </li>
        {articles.map((a) => (
          <li key={a.slug}>
            <a href={`/articles/${a.slug}`}>{a.title}</a> ({a.outlet})
          </li>
        ))}
        <li>
          <a href="/about">About Sightlines</a>: the sources and how they were edited
        </li>
      </ul>
    </div>
  );
}
