import { Fragment } from 'react';
import { entryCollections, label } from '@/lib/collections';
import { aboutHref, collectionHref, homeHref, searchHref } from '@/lib/links';
import { articleCountWords } from '@/lib/library';
import { islandName } from '@/lib/islands';
import { StaticIsland } from './StaticIsland';

/** The 404 page's text (app/not-found.tsx): a static island, filled in the 404 page's HTML. */
export function NotFoundContent({ filled }: { filled: boolean }) {
  return (
    <StaticIsland name={islandName.chrome('not-found')} filled={filled} className="page not-found">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. It may have been mistyped, cut short when it was copied, or point to
        something that was never part of Sightlines. These pages will get you to what you were looking for:
      </p>
      <ul>
        <li>
          <a href={homeHref()}>The home page</a>, with the {articleCountWords()} articles
        </li>
        <li>
          <a href={searchHref()}>Search</a> every passage, name and claim
        </li>
        <li>
          Browse{' '}
          {entryCollections.map((c, i) => (
            <Fragment key={c}>
              {i === 0 ? '' : i === entryCollections.length - 1 ? ' or ' : ', '}
              <a href={collectionHref(c)}>{label(c, 'many')}</a>
            </Fragment>
          ))}
        </li>
        <li>
          <a href={aboutHref()}>About Sightlines</a>: the sources and how they were edited
        </li>
      </ul>
      <p>A link to a paragraph looks like /articles/nyt-dystopian-dreams#p-12: the article’s address, then the paragraph.</p>
    </StaticIsland>
  );
}
