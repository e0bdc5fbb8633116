import { getLibrary } from '@/lib/library';
import { buildIndex } from '@/lib/indexes/build';
import type { IndexCollection, IndexRow } from '@/lib/indexes/types';
import { IndexExplorer } from './IndexExplorer';
import './index.css';

type Props = {
  collection: IndexCollection;
  title: string;
  intro: React.ReactNode;
  /** The heading over the list, e.g. "All places". */
  listHeading: string;
  /** What comes between the introduction and the list (the map of /places). */
  children?: React.ReactNode;
};

/** The frame of an index page: heading, introduction, and the full list, sortable and filterable. */
export function IndexPage({ collection, title, intro, listHeading, children }: Props) {
  const { config, entries } = buildIndex(getLibrary(), collection);
  // The page gets no per-article lists: they would make it grow with the library (the article filter fetches them).
  const rows: IndexRow[] = entries.map(({ articles: _articles, ...row }) => row);
  return (
    <div className={`page wide index-page index-page-${collection}`}>
      <h1>{title}</h1>
      <p className="lede">{intro}</p>
      {children}
      <section aria-labelledby={`${collection}-list-heading`} className="index-section">
        <h2 id={`${collection}-list-heading`}>{listHeading}</h2>
        <IndexExplorer config={config} entries={rows} />
      </section>
    </div>
  );
}
