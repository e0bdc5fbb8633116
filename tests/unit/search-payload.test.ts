import zlib from 'node:zlib';
import Fuse from 'fuse.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateLibrary } from '@/lib/annotate';
import type { AnnotatedLibrary } from '@/lib/annotate/types';
import { loadLibrary } from '@/lib/content/load';
import { buildSearchPayload, searchPayloadFor } from '@/lib/search/build';
import { createSearchEngine } from '@/lib/search/engine';
import { fuseKeys, fuseOptions } from '@/lib/search/options';
import { hydrateRecords, isSearchPayload } from '@/lib/search/payload';
import { articleInfo, buildSearchRecords, type SearchRecord } from '@/lib/search/records';

let lib: AnnotatedLibrary;
let records: SearchRecord[];
let json: string;
beforeAll(() => {
  lib = annotateLibrary(loadLibrary());
  records = buildSearchRecords(lib);
  json = JSON.stringify(searchPayloadFor(lib));
});

describe('the search index file', () => {
  it('holds a Fuse index made with Fuse.createIndex, which Fuse.parseIndex reads back', () => {
    const payload = JSON.parse(json);
    expect(isSearchPayload(payload)).toBe(true);
    expect(payload.fuse.keys.map((k: { id: string }) => k.id)).toEqual(fuseKeys.map((k) => k.name));
    expect(payload.fuse).toEqual(JSON.parse(JSON.stringify(Fuse.createIndex(fuseKeys.map((k) => ({ ...k })), records, { fieldNormWeight: fuseOptions.fieldNormWeight }).toJSON())));
    const index = Fuse.parseIndex<SearchRecord>(payload.fuse, { fieldNormWeight: fuseOptions.fieldNormWeight });
    const fuse = new Fuse(records, fuseOptions, index);
    expect(fuse.search('Hikvision')[0]?.item.id).toBe('organization/hikvision');
  });

  it('stores each record’s words once (in the Fuse index) and gives the records back whole', () => {
    const payload = JSON.parse(json);
    expect(JSON.stringify(payload.records)).not.toContain('seething mass of 15.35 million people');
    expect(hydrateRecords(payload)).toEqual(records);
  });

  it('is at most 60 kB gzipped for the four articles', () => {
    expect(zlib.gzipSync(json).length).toBeLessThanOrEqual(60_000);
  });

  it('gives the same results with the word index shipped or built in the browser', () => {
    const shipped = createSearchEngine(JSON.parse(JSON.stringify(buildSearchPayload(records, articleInfo(lib), { embedWordIndex: true }))));
    const built = createSearchEngine(JSON.parse(json));
    for (const q of ['Hikvision', 'survelliance', 'facial recognition glasses', 'Wu', '2.58 million']) {
      const ids = (e: typeof built) => {
        const r = e.search(q);
        return [...r.entries, ...r.passages].map((h) => h.record.id);
      };
      expect(ids(shipped)).toEqual(ids(built));
    }
  });

  it('is the same for the same content', () => {
    expect(JSON.stringify(searchPayloadFor(lib))).toBe(json);
  });
});
