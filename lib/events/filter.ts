import type { TimelineEvent } from './load';

/** A value a filter can take: a theme or a place, with how many events it keeps. */
export type FilterOption = { slug: string; name: string; count: number };

export type TimelineFacets = {
  themes: FilterOption[];
  places: FilterOption[];
  /** event slug → the places it is tagged with and every place those lie within (Ili → Xinjiang → China). */
  placeScope: Record<string, string[]>;
};

export type FilterParam = 'theme' | 'place';

/** The filter read from the URL: known values applied, unknown ones set aside to be named to the reader. */
export type TimelineFilter = { theme?: string; place?: string; ignored: { param: FilterParam; value: string }[] };

/** Reads ?theme=…&place=…; anything that is not a known slug is ignored and reported, never trusted. */
export function parseTimelineFilter(params: { get(name: string): string | null }, facets: TimelineFacets): TimelineFilter {
  const filter: TimelineFilter = { ignored: [] };
  const read = (param: FilterParam, options: FilterOption[]) => {
    const value = params.get(param);
    if (value === null || value === '') return undefined;
    if (options.some((o) => o.slug === value)) return value;
    filter.ignored.push({ param, value });
    return undefined;
  };
  const theme = read('theme', facets.themes);
  const place = read('place', facets.places);
  if (theme) filter.theme = theme;
  if (place) filter.place = place;
  return filter;
}

export function filterEvents(events: TimelineEvent[], filter: Pick<TimelineFilter, 'theme' | 'place'>, facets: TimelineFacets): TimelineEvent[] {
  return events.filter(
    (e) =>
      (!filter.theme || e.themes.some((t) => t.slug === filter.theme)) &&
      (!filter.place || (facets.placeScope[e.slug] ?? []).includes(filter.place)),
  );
}

/** The query string for a filter: "?theme=xinjiang&place=ili", or "" for no filter. */
export function timelineQuery(filter: Pick<TimelineFilter, 'theme' | 'place'>): string {
  const params = new URLSearchParams();
  if (filter.theme) params.set('theme', filter.theme);
  if (filter.place) params.set('place', filter.place);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Shows a value from the URL safely and briefly: control characters made visible, long values cut. */
export function displayValue(value: string, max = 60): string {
  const visible = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

/** Groups events (already in date order) by year. */
export function groupByYear(events: TimelineEvent[]): { year: number; events: TimelineEvent[] }[] {
  const groups: { year: number; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && last.year === event.year) last.events.push(event);
    else groups.push({ year: event.year, events: [event] });
  }
  return groups;
}
