import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TimelineExplorer } from '@/components/timeline/TimelineExplorer';
import { TimelineList } from '@/components/timeline/TimelineList';
import { getEvents, getTimelineFacets } from '@/lib/events';
import { articleCountWords } from '@/lib/library';

export const metadata: Metadata = {
  title: 'Timeline',
  description: `The dated events the ${articleCountWords()} articles report, from arrests and lawsuits to funding rounds and forecasts, each linked to the passage it comes from.`,
};

export default function TimelinePage() {
  const events = getEvents();
  const facets = getTimelineFacets();
  const first = events[0]!.year;
  const last = events.at(-1)!.year;
  return (
    <div className="page wide timeline-page">
      <h1>Timeline</h1>
      <p className="lede">
        {events.length} dated events the {articleCountWords()} articles report, from {first} to {last}: arrests, laws, lawsuits,
        reports, funding rounds, protests and forecasts. Each gives its date as the article words it, and links to the
        passage it comes from.
      </p>
      <p className="timeline-about">
        Where an article is vague (“last summer”, “in May”), the date is worked out from the article’s own date and
        marked “About”, with a note saying how.
      </p>
      <Suspense
        fallback={
          <>
            <noscript>
              <p className="timeline-notice">Filtering by theme and place needs JavaScript. Every event is listed below.</p>
            </noscript>
            <TimelineList events={events} />
          </>
        }
      >
        <TimelineExplorer events={events} facets={facets} />
      </Suspense>
    </div>
  );
}
