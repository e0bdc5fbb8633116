import type { EventTag, TimelineEvent } from '@/lib/events/load';
import { groupByYear } from '@/lib/events/filter';
import './timeline.css';

function Tags({ label, tags }: { label: string; tags: EventTag[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="event-tags-row">
      <dt>{label}</dt>
      <dd>
        <ul className="event-tag-list">
          {tags.map((t) => (
            <li key={t.slug}>
              <a href={t.href}>{t.name}</a>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

function EventCard({ event }: { event: TimelineEvent }) {
  const titleId = `event-${event.slug}-title`;
  return (
    <article className="event" aria-labelledby={titleId}>
      <p className="event-when">
        <time dateTime={event.date}>
          {event.approximate ? 'About ' : ''}
          {event.dateLabel}
        </time>
        <span className="event-kind">{event.kindLabel}</span>
      </p>
      <h3 id={titleId}>{event.title}</h3>
      <p className="event-body">{event.body}</p>
      <p className="event-date-text">
        The article says <q>{event.dateText}</q>.{event.dateNote ? ` ${event.dateNote}` : ''}
      </p>
      <figure className="event-source">
        <blockquote cite={event.source.href}>
          <p>{event.source.quote}</p>
        </blockquote>
        <figcaption>
          <a href={event.source.href}>
            {event.source.outlet}, paragraph {event.source.n}
          </a>
          {event.also.length > 0 ? (
            <>
              {' · also in '}
              {event.also.map((q, i) => (
                <span key={q.href}>
                  {i > 0 ? ', ' : ''}
                  <a href={q.href}>
                    {q.outlet}, paragraph {q.n}
                  </a>
                </span>
              ))}
            </>
          ) : null}
        </figcaption>
      </figure>
      <dl className="event-tags">
        <Tags label="Places" tags={event.places} />
        <Tags label="People" tags={event.people} />
        <Tags label="Organizations" tags={event.organizations} />
        <Tags label="Themes" tags={event.themes} />
      </dl>
    </article>
  );
}

/** Events in date order, grouped by year, with a list of the years to jump to. */
export function TimelineList({ events }: { events: TimelineEvent[] }) {
  const years = groupByYear(events);
  return (
    <div className="timeline" data-timeline="">
      <nav className="timeline-years" aria-label="Years">
        <ul>
          {years.map(({ year, events: inYear }) => (
            <li key={year}>
              <a href={`#year-${year}`}>
                {year} <span className="visually-hidden">({inYear.length} {inYear.length === 1 ? 'event' : 'events'})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {years.map(({ year, events: inYear }) => (
        <section key={year} className="timeline-year" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className="timeline-events">
            {inYear.map((event) => (
              <li key={event.slug} id={`event-${event.slug}`} className="timeline-item" data-event={event.slug}>
                <EventCard event={event} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
