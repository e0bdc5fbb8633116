import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReadingListPage as ReadingListClient } from '@/components/reading-list/ReadingListPage';
import { ReadingListIntro } from '@/components/reading-list/ReadingListIntro';
import { getLibrary } from '@/lib/library';

export const metadata: Metadata = {
  title: 'Reading list',
  description: 'Build a reading list of articles, paragraphs, claims and themes, with questions, citations and a print view, shared by its link alone; a shared link opens it as an assignment to read and answer.',
};

/**
 * A reading list lives in its link (/reading-list?…), so the list is read in the browser: a link with a list
 * opens the read-only assignment, the page without one the editor of the list kept in this browser. The page
 * prerenders the empty state (how to build a list, with the articles), which the client replaces.
 */
export default function ReadingListPage() {
  const intro = <ReadingListIntro articles={getLibrary().articles.map(({ slug, title, outlet }) => ({ slug, title, outlet }))} />;
  return (
    <div className="page wide reading-list">
      <Suspense
        fallback={
          <>
            <h1>Reading list</h1>
            {intro}
          </>
        }
      >
        <ReadingListClient intro={intro} />
      </Suspense>
    </div>
  );
}
