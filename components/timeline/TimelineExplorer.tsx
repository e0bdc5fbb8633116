'use client';

import { useSearchParams } from 'next/navigation';
import { useRef } from 'react';
import type { TimelineEvent } from '@/lib/events/load';
import {
  displayValue,
  filterEvents,
  parseTimelineFilter,
  timelineQuery,
  type FilterParam,
  type TimelineFacets,
  type TimelineFilter,
} from '@/lib/events/filter';
import { TimelineList } from './TimelineList';

const paramNames: Record<FilterParam, string> = { theme: 'theme', place: 'place' };

/**
 * The timeline with its filters. Reads ?theme=…&place=… from the URL, filters in place, and writes a change back
 * to the URL (replaceState, which Next's router observes), so a filtered view can be shared as a link.
 */
export function TimelineExplorer({ events, facets }: { events: TimelineEvent[]; facets: TimelineFacets }) {
  const params = useSearchParams();
  const themePicker = useRef<HTMLSelectElement>(null);
  const filter = parseTimelineFilter(params, facets);
  const shown = filterEvents(events, filter, facets);

  const update = (next: Pick<TimelineFilter, 'theme' | 'place'>) => {
    window.history.replaceState(null, '', `${window.location.pathname}${timelineQuery(next)}`);
  };
  const themeName = facets.themes.find((t) => t.slug === filter.theme)?.name;
  const placeName = facets.places.find((p) => p.slug === filter.place)?.name;
  const describing = [themeName ? `theme “${themeName}”` : '', placeName ? `place “${placeName}”` : ''].filter(Boolean).join(' and ');

  return (
    <>
      <form className="timeline-filter" role="search" aria-label="Filter the timeline" onSubmit={(e) => e.preventDefault()}>
        <div className="filter-field">
          <label htmlFor="timeline-theme">Theme</label>
          <select id="timeline-theme" ref={themePicker} value={filter.theme ?? ''} onChange={(e) => update({ ...filter, theme: e.target.value || undefined })}>
            <option value="">All themes</option>
            {facets.themes.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name} ({t.count})
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor="timeline-place">Place</label>
          <select id="timeline-place" value={filter.place ?? ''} onChange={(e) => update({ ...filter, place: e.target.value || undefined })}>
            <option value="">All places</option>
            {facets.places.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name} ({p.count})
              </option>
            ))}
          </select>
        </div>
        {filter.theme || filter.place ? (
          <button
            type="button"
            onClick={() => {
              update({});
              themePicker.current?.focus();
            }}
          >
            Show all events
          </button>
        ) : null}
      </form>
      {filter.ignored.length > 0 ? (
        <div className="timeline-notice" role="alert">
          {filter.ignored.map(({ param, value }) => (
            <p key={param}>
              The link asks for the {paramNames[param]} “{displayValue(value)}”, which the timeline does not know; that
              filter is ignored.
            </p>
          ))}
        </div>
      ) : null}
      <p className="timeline-count" role="status" data-count={shown.length}>
        {describing
          ? `Showing ${shown.length} of ${events.length} events, for the ${describing}.`
          : `Showing all ${events.length} events.`}
      </p>
      {shown.length > 0 ? <TimelineList events={shown} /> : <p className="empty">No event matches both filters. Choose another theme or place.</p>}
    </>
  );
}
