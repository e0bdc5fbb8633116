'use client';
import { readingListHref } from '@/lib/links';


/**
 * The last line of defence for the reading list and its print view: links are read defensively (lib/reading-list
 * reports every problem instead of throwing), but if anything still fails, say so and offer a way on.
 */
export default function ReadingListError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="page">
      <h1>This reading list could not be shown</h1>
      <p role="alert">Something in the list or its link could not be read ({error.message || 'unknown error'}).</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or <a href={readingListHref()}>start from the reading list page</a>.
      </p>
    </div>
  );
}
