import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReadingListEditor } from '@/components/reading-list/ReadingListEditor';
import { ReadingListIntro } from '@/components/reading-list/ReadingListIntro';
import { getLibrary } from '@/lib/library';

export const metadata: Metadata = {
  title: 'Reading list',
  description: 'Build a reading list of articles, paragraphs, claims and themes, with notes, citations and a print view, shared by its link alone.',
};

/**
 * A reading list lives in its link (/reading-list?…), so the list is read in the browser. The page prerenders
 * the empty state (how to build a list, with the articles), which the client replaces with the list.
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
        <ReadingListEditor intro={intro} />
      </Suspense>
    </div>
  );
}
