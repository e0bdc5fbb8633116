/**
 * The build, listed once and in order (in the manner of Quartz's `processors/parse.ts`): every stage that turns
 * content/ into what the pages and the JSON routes show, each a module of lib/ with a one-line account of what
 * it does. Data moves one way, each stage reading only what the stages before it made.
 *
 * Routes do not call this function: each reads the one stage it needs through that stage's cached getter
 * (`getLibrary`, `getCompareData`, `getEvents`…), so a page of one kind never pays for the stages of another.
 * The getters and this function call the same stage functions; tests/unit/pipeline.test.ts runs the whole
 * pipeline and checks that what it makes is what the getters hand the routes.
 */
import { annotateLibrary } from './annotate';
import type { AnnotatedLibrary } from './annotate/types';
import { entryCollections, type EntryCollection } from './collections';
import { buildCompareData } from './compare/build';
import type { CompareData } from './compare/types';
import { loadLibrary, type Library } from './content/load';
import { loadEvents, type TimelineEvent } from './events/load';
import { buildIndex, type IndexData } from './indexes/build';
import { placesMapModel, type MapModel } from './map/model';
import { readingListData, type ReadingListData } from './reading-list/data';
import { searchPayloadFor } from './search/build';
import type { SearchPayload } from './search/payload';

export type Site = {
  library: Library;
  annotated: AnnotatedLibrary;
  search: SearchPayload;
  compare: CompareData;
  events: TimelineEvent[];
  indexes: Record<EntryCollection, IndexData>;
  readingList: ReadingListData;
  maps: MapModel[];
};

/** The stages in order, by name, as buildSite runs them (for messages and the README). */
export const stageNames = ['load', 'annotate', 'search', 'compare', 'events', 'indexes', 'reading list', 'map'] as const;

/** Runs every stage of the build, in order, on a content folder (the site's own by default). */
export function buildSite(contentDir?: string): Site {
  // load: read content/ (gray-matter) and validate every front matter (zod) → Library; all problems at once
  const library = loadLibrary(contentDir);
  // annotate: find every mention by alias and anchor every quote (stand-off) → AnnotatedLibrary
  const annotated = annotateLibrary(library);
  // search: records for passages and entries, the Fuse index and word index → /search-index.json
  const search = searchPayloadFor(annotated);
  // compare: what each article shares with the others, sixteen articles to a file → /compare-data/c<k>-<hash>.json
  const compare = buildCompareData(annotated);
  // events: the dated events of content/events, each anchored to its passage → /timeline
  const events = loadEvents(annotated, contentDir ? `${contentDir}/events` : undefined);
  // indexes: the entries, sorts and filters of each index page → /places, /people, /organizations, /themes, /claims
  const indexes = Object.fromEntries(entryCollections.map((c) => [c, buildIndex(annotated, c)])) as Record<EntryCollection, IndexData>;
  // reading list: the texts a reading list can hold → /reading-list-data.json and packs of eight articles,
  // /reading-list-data/t<k>-<hash>.json (packReadingListData)
  const readingList = readingListData(annotated);
  // map: the places with coordinates, projected onto the China and world maps → /places
  const maps = placesMapModel(annotated);
  return { library, annotated, search, compare, events, indexes, readingList, maps };
}
