/**
 * The pipeline listed once (lib/pipeline.ts): run whole, it makes what each stage's getter hands the routes, so the
 * list is the build and not a second description of it.
 */
import { describe, expect, it } from 'vitest';
import { buildSite, stageNames } from '@/lib/pipeline';
import { getCompareData } from '@/lib/compare';
import { getEvents } from '@/lib/events';
import { buildIndex } from '@/lib/indexes/build';
import { getLibrary } from '@/lib/library';
import { readingListData } from '@/lib/reading-list/data';
import { searchPayloadFor } from '@/lib/search/build';
import { entryCollections } from '@/lib/collections';

const site = buildSite();
const json = (value: unknown) => JSON.stringify(value);

describe('the build pipeline', () => {
  it('names its stages in order', () => {
    expect(stageNames).toEqual(['load', 'annotate', 'search', 'compare', 'events', 'indexes', 'reading list', 'map']);
  });

  it('makes what the getters hand the routes', () => {
    const lib = getLibrary();
    expect(site.annotated.articles.map((a) => a.slug)).toEqual(lib.articles.map((a) => a.slug));
    expect(site.annotated.mentions.length).toBe(lib.mentions.length);
    expect(json(site.search)).toBe(json(searchPayloadFor(lib)));
    expect(json(site.compare)).toBe(json(getCompareData()));
    expect(json(site.events)).toBe(json(getEvents()));
    for (const c of entryCollections) expect(json(site.indexes[c]), c).toBe(json(buildIndex(lib, c)));
    expect(json(site.readingList)).toBe(json(readingListData(lib)));
    expect(site.maps.length).toBeGreaterThan(0);
  });

  it('stops at the first stage with a problem, with every problem of that stage', () => {
    expect(() => buildSite('tests/fixtures/content/bad-date')).toThrow(/articles → good-article\.md: published/);
  });
});
