import { oncePerProcess } from '../build-cache';
import { getLibrary } from '../library';
import type { FilterOption, TimelineFacets } from './filter';
import { loadEvents, type TimelineEvent } from './load';
import { placeLineage, withinMap } from '../places';

export type { TimelineEvent, EventQuote, EventTag } from './load';
export type { TimelineFacets, FilterOption, TimelineFilter } from './filter';

const eventsOf = oncePerProcess('events', (lib: ReturnType<typeof getLibrary>) => loadEvents(lib));
const facetsOf = oncePerProcess('timeline facets', (events: TimelineEvent[]) => timelineFacets(events, getLibrary().places));

/** The dated events of content/events, checked against the library and in date order; loaded once per build. */
export function getEvents(): TimelineEvent[] {
  return eventsOf(getLibrary());
}

/** The themes and places the timeline can be filtered by, each with the number of events it keeps. */
export function timelineFacets(events: TimelineEvent[], places: { slug: string; data: { name: string; within?: string } }[]): TimelineFacets {
  const placeBySlug = new Map(places.map((p) => [p.slug, p]));
  const withinOf = withinMap(places);
  const lineage = (slug: string): string[] => placeLineage(withinOf, slug);
  const placeScope: Record<string, string[]> = {};
  const themeCounts = new Map<string, FilterOption>();
  const placeCounts = new Map<string, FilterOption>();
  for (const event of events) {
    for (const theme of event.themes) {
      const option = themeCounts.get(theme.slug) ?? { slug: theme.slug, name: theme.name, count: 0 };
      option.count += 1;
      themeCounts.set(theme.slug, option);
    }
    const scope = [...new Set(event.places.flatMap((p) => lineage(p.slug)))];
    placeScope[event.slug] = scope;
    for (const slug of scope) {
      const option = placeCounts.get(slug) ?? { slug, name: placeBySlug.get(slug)?.data.name ?? slug, count: 0 };
      option.count += 1;
      placeCounts.set(slug, option);
    }
  }
  const byName = (a: FilterOption, b: FilterOption) => a.name.localeCompare(b.name);
  return { themes: [...themeCounts.values()].sort(byName), places: [...placeCounts.values()].sort(byName), placeScope };
}

export function getTimelineFacets(): TimelineFacets {
  return facetsOf(getEvents());
}
